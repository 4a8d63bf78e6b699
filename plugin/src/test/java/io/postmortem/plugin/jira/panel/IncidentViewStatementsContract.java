package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.MutableIssue;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.timeline.EntryContent;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.plugin.persistence.config.OneConfigurationPerRequest;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
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
        for (int i = 0; i < 20; i++) {
            postmortem("OPS-" + (100 + i), "PM-" + (100 + i));
        }
        postmortem("OPS-10", "PM-10");
        postmortem("OPS-500", "PM-500");
        for (String incident : List.of("OPS-10", "OPS-500")) {
            actions("PM-" + incident.substring(4), incident, 30);
        }
        entries("OPS-10", 10);
        entries("OPS-500", 500);
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

    private void postmortem(String incidentKey, String key) {
        host.postmortems.insert(new Postmortem(key, incidentKey, Severity.P2, null, null, PostmortemStatus.DRAFT,
                TODAY.plusDays(3), new Facilitator(Facilitator.Type.MIM, "mim"), Map.of(), List.of(), null, null,
                NOW, null, null, 0));
    }

    private void actions(String postmortemKey, String incidentKey, int count) {
        for (int i = 0; i < count; i++) {
            boolean open = i % 3 != 0;
            host.actions.insert(new Action(0, postmortemKey + "-req-" + i, postmortemKey, incidentKey,
                    "T0X0-" + (incidentKey.length() * 1000 + i), "T0X0", "Action " + i, "", ActionType.PREVENT,
                    "team-0-0", "platform-0", Priority.HIGH, Severity.P2, TODAY.plusDays(30), TODAY.plusDays(30), null,
                    open ? ActionStatus.OPEN : ActionStatus.DONE, null, false, "dev", null, "mim", NOW.minusSeconds(86_400),
                    open ? null : NOW));
        }
    }

    private void entries(String incidentKey, int count) {
        EntryKind[] kinds = EntryKind.values();
        for (int i = 0; i < count; i++) {
            EntryContent content = new EntryContent(NOW.minusSeconds(60L * (count - i)), "team-0-" + (i % 5),
                    kinds[i % kinds.length], "Entry " + i, i % 5 == 0 ? "https://grafana.example.com/d/" + i : null);
            host.timeline.insert(TimelineEntry.written(incidentKey, content, "alice", NOW), "alice", NOW);
        }
    }

    private record Measured(int shown, int statements, int configurationReads, List<String> sql) {
    }
}
