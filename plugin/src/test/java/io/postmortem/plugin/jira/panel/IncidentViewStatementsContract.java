package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.MutableIssue;
import io.postmortem.plugin.persistence.config.OneConfigurationPerRequest;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident's view (both incident panels: their conditions and context providers, as Jira asks them on the page)
 * costs a fixed number of SQL statements: the same with 10 timeline entries as with 500, with 30 actions on its
 * postmortem and 20 other postmortems in the store, and the configuration is read once in the request. Statements are
 * counted with the AO library's SQL listener; a query per entry or per action anywhere on the path would make the two
 * views differ. Each database the project tests runs it through a three-line subclass.
 */
public abstract class IncidentViewStatementsContract extends ActiveObjectsTestCase {
    /** The configuration's table, quoted or not, and not its audit table. */
    private static final Pattern CONFIG_TABLE = Pattern.compile("AO_441554_CONFIG(?!_)");
    /**
     * What one incident view may cost, whatever the size of its timeline and actions. Measured: 12 on H2 and MySQL, 13
     * on PostgreSQL (where AO's insert of the first view's quality score costs one statement more). The statements:
     * the configuration's version, the postmortem by incident, its linked incidents (three times), its timeline
     * entries, its actions, its blameless acknowledgements (twice), its recorded quality score (twice) and, on a
     * first view, the insert of that score.
     */
    private static final int BUDGET = 13;

    private IssueViewHost host;

    @BeforeEach
    void anIncidentWithAPostmortemActionsAndOtherPostmortems() {
        host = new IssueViewHost(database);
        host.configuration.load();
        host.otherPostmortems(20);
        host.incidentWithPostmortem("OPS-10", 10, 30);
        host.incidentWithPostmortem("OPS-500", 500, 30);
    }

    @Test
    void theIncidentViewCostsAsManyStatementsWith500EntriesAsWith10() {
        Measured small = view("OPS-10");
        Measured large = view("OPS-500");

        assertThat(small.shown()).as("both incident panels and the panel's model").isEqualTo(3);
        assertThat(large.shown()).isEqualTo(3);
        assertThat(large.statements()).isPositive().isEqualTo(small.statements());
        assertThat(small.statements()).isLessThanOrEqualTo(BUDGET);
        assertThat(small.configurationReads()).isEqualTo(1);
        assertThat(large.configurationReads()).isEqualTo(1);
        System.out.printf("Incident view on %s: %d statements with 10 entries, %d with 500 (30 actions each)%n%s%n",
                database.type(), small.statements(), large.statements(), String.join("\n", large.sql()));
    }

    private Measured view(String incidentKey) {
        MutableIssue incident = host.issue(incidentKey, "Incident");
        // A new request finds nothing cached from the writes that filled the tables.
        database.entityManager().flushAll();
        List<String> sql = new ArrayList<>();
        int shown = database.counting(() -> OneConfigurationPerRequest.within(
                () -> host.view(IssueViewHost.viewIssueContext(incident))), sql::add).result();
        int configurationReads = (int) sql.stream().filter(s -> CONFIG_TABLE.matcher(s).find()).count();
        return new Measured(shown, sql.size(), configurationReads, sql);
    }

    private record Measured(int shown, int statements, int configurationReads, List<String> sql) {
    }
}
