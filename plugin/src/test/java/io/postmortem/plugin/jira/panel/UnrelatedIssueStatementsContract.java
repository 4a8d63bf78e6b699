package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.MutableIssue;
import io.postmortem.plugin.persistence.config.OneConfigurationPerRequest;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the plugin costs Jira on an issue that is none of ours (not an incident, postmortem or Problem ticket): no SQL
 * statement for its view (every panel condition and context provider) nor for any issue event on it. Statements are
 * counted with the AO library's SQL listener. Written once; each database the project tests runs it through a
 * three-line subclass ({@code UnrelatedIssueStatementsOnH2Test}, {@code ...OnPostgresTest}, and so on).
 * <p>
 * The node has read its configuration within the last {@code AoConfigurationStore.GATE_CONFIRMATION}, as any node
 * serving requests has; {@code ConfigurationAcrossNodesContract} covers the check when it has not.
 */
public abstract class UnrelatedIssueStatementsContract extends ActiveObjectsTestCase {
    private static final List<Long> EVENT_TYPES = List.of(EventType.ISSUE_CREATED_ID, EventType.ISSUE_UPDATED_ID,
            EventType.ISSUE_ASSIGNED_ID, EventType.ISSUE_RESOLVED_ID, EventType.ISSUE_CLOSED_ID,
            EventType.ISSUE_REOPENED_ID, EventType.ISSUE_DELETED_ID, EventType.ISSUE_GENERICEVENT_ID,
            EventType.ISSUE_COMMENTED_ID);

    /** The configuration's table, quoted or not, and not its audit table. */
    private static final Pattern CONFIG_TABLE = Pattern.compile("AO_441554_CONFIG(?!_)");

    private IssueViewHost host;

    @BeforeEach
    void thePluginOnJirasIssuePages() {
        host = new IssueViewHost(database);
        host.configuration.load();
    }

    @Test
    void viewingAnUnrelatedIssueIssuesNoStatement() {
        MutableIssue bug = host.issue("WEB-1", "Bug");

        AoDatabase.Counted<Integer> view = database.counting(() -> host.view(IssueViewHost.viewIssueContext(bug)));

        assertThat(view.result()).as("no panel shows").isZero();
        assertThat(view.statements()).isZero();
    }

    @Test
    void viewingAnUnrelatedIssueInATeamsProjectIssuesNoStatement() {
        MutableIssue story = host.issue("T3X2-17", "Story");

        AoDatabase.Counted<Integer> view = database.counting(() -> host.view(IssueViewHost.viewIssueContext(story)));

        assertThat(view.result()).isZero();
        assertThat(view.statements()).isZero();
    }

    @Test
    void noEventOnAnUnrelatedIssueIssuesAStatement() {
        MutableIssue bug = host.issue("WEB-2", "Bug");
        List<String> statements = new ArrayList<>();

        for (Long type : EVENT_TYPES) {
            IssueEvent event = IssueViewHost.event(bug, type);
            // A serving node has confirmed its configuration within the last two seconds; on a loaded build machine
            // the loop can take longer than that, so each event starts from a freshly confirmed node.
            host.configuration.load();
            database.counting(() -> {
                host.listener.onIssueEvent(event);
                return null;
            }, sql -> statements.add(type + ": " + sql));
        }

        assertThat(statements).isEmpty();
    }

    /** The counting sees the plugin's reads: an issue that may be ours is looked up. */
    @Test
    void aProblemTypedIssueIsLookedUpOnViewAndEvent() {
        MutableIssue problem = host.issue("T0X0-1", "Problem");

        int viewStatements = database.counting(() -> host.view(IssueViewHost.viewIssueContext(problem))).statements();
        int eventStatements = database.counting(() -> {
            host.listener.onIssueEvent(IssueViewHost.event(problem, EventType.ISSUE_UPDATED_ID));
            return null;
        }).statements();

        assertThat(viewStatements).isPositive();
        assertThat(eventStatements).isPositive();
    }

    @Test
    void anIncidentViewReadsTheConfigurationOnceInItsRequest() {
        MutableIssue incident = host.issue("OPS-2", "Incident");
        List<String> configurationReads = new ArrayList<>();

        int shown = database.counting(() -> OneConfigurationPerRequest.within(
                        () -> host.view(IssueViewHost.viewIssueContext(incident))),
                sql -> {
                    if (CONFIG_TABLE.matcher(sql).find()) {
                        configurationReads.add(sql);
                    }
                }).result();

        assertThat(shown).isEqualTo(3);
        assertThat(configurationReads).hasSize(1).allSatisfy(sql -> assertThat(sql).doesNotContain("JSON"));
    }

    @Test
    void anIncidentTypedIssueIsReadThroughTheMapping() {
        MutableIssue incident = host.issue("OPS-1", "Incident");

        AoDatabase.Counted<Integer> view = database.counting(() -> host.view(IssueViewHost.viewIssueContext(incident)));

        assertThat(view.result()).as("both incident panels and the incident panel's model").isEqualTo(3);
        assertThat(view.statements()).isPositive();
    }
}
