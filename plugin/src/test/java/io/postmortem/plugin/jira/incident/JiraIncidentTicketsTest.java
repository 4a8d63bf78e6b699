package io.postmortem.plugin.jira.incident;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Policies;
import io.postmortem.core.config.Source;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraIncidentTicketsTest {
    private static final Instant CREATED = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant RESOLVED = Instant.parse("2025-03-03T11:30:00Z");

    private final IssueManager issueManager = mock(IssueManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final ChangeHistoryManager changeHistory = mock(ChangeHistoryManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final UserManager userManager = mock(UserManager.class);
    /** The administrator's configuration, as the AO store would return it. */
    private final TestOrganisation configuration = TestOrganisation.builder().build();
    private final JiraIncidentTickets tickets = new JiraIncidentTickets(
            issueManager, customFields, changeHistory, comments, userManager, configuration,
            new io.postmortem.plugin.health.HostCalls(new io.postmortem.plugin.health.DegradedFeatures(java.time.Clock.systemUTC())));

    private final Directory directory = new Directory(
            List.of(new Platform("money", "Money", "lead")),
            List.of(new Team("payments", "Payments", "money", "PAY", "Payments API", "team-payments"),
                    new Team("search", "Search", "money", "SRCH", "Search", "team-search"),
                    new Team("ops", "Operations", "money", "OPS", null, "team-ops")),
            "mim", "sre");

    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser alice = user("alice");
    private final ApplicationUser bob = user("bob");

    @BeforeEach
    void anIncidentInJira() {
        useMapping(IncidentMapping.defaults());
        when(issueManager.getIssueObject("OPS-1")).thenReturn(issue);
        when(issue.getKey()).thenReturn("OPS-1");
        when(issue.getSummary()).thenReturn("Card payments failing");
        IssueType incident = mock(IssueType.class);
        when(incident.getName()).thenReturn("Incident");
        when(issue.getIssueType()).thenReturn(incident);
        Priority high = mock(Priority.class);
        when(high.getName()).thenReturn("High");
        when(issue.getPriority()).thenReturn(high);
        Project ops = mock(Project.class);
        when(ops.getKey()).thenReturn("OPS");
        when(issue.getProjectObject()).thenReturn(ops);
        ProjectComponent payments = mock(ProjectComponent.class);
        when(payments.getName()).thenReturn("Payments API");
        ProjectComponent unmapped = mock(ProjectComponent.class);
        when(unmapped.getName()).thenReturn("Frontend");
        when(issue.getComponents()).thenReturn(List.of(payments, unmapped));
        when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
        when(issue.getResolutionDate()).thenReturn(Timestamp.from(RESOLVED));
        when(issue.getReporter()).thenReturn(alice);
        when(issue.getAssignee()).thenReturn(bob);
    }

    @Test
    void readsAnIncidentThroughTheDefaultMapping() {
        Incident incident = tickets.find("OPS-1").orElseThrow();

        assertThat(incident.key()).isEqualTo("OPS-1");
        assertThat(incident.projectKey()).isEqualTo("OPS");
        assertThat(incident.summary()).isEqualTo("Card payments failing");
        assertThat(incident.severity()).isEqualTo(Severity.P2);
        assertThat(incident.owningTeam()).isEqualTo("ops");
        assertThat(incident.impactedTeams()).containsExactly("payments");
        assertThat(incident.components()).containsExactly("Payments API", "Frontend");
        assertThat(incident.createdAt()).isEqualTo(CREATED);
        assertThat(incident.resolvedAt()).isEqualTo(RESOLVED);
        assertThat(incident.reporter()).isEqualTo("alice");
        assertThat(incident.assignee()).isEqualTo("bob");
    }

    @Test
    void anUnresolvedIncidentHasNoResolutionTime() {
        when(issue.getResolutionDate()).thenReturn(null);

        assertThat(tickets.find("OPS-1").orElseThrow().isResolved()).isFalse();
    }

    @Test
    void issuesOfOtherTypesExistButAreNotIncidents() {
        IssueType bug = mock(IssueType.class);
        when(bug.getName()).thenReturn("Bug");
        when(issue.getIssueType()).thenReturn(bug);

        assertThat(tickets.find("OPS-1")).isEmpty();
        assertThat(tickets.exists("OPS-1")).isTrue();
        assertThat(tickets.find("OPS-404")).isEmpty();
        assertThat(tickets.exists("OPS-404")).isFalse();
    }

    @Test
    void severityAndTeamsCanComeFromCustomFields() {
        useMapping(new IncidentMapping(List.of("Major incident", "Incident"),
                Source.CUSTOM_FIELD, "customfield_10100", Map.of("Sev 1", Severity.P1, "Sev 2", Severity.P2),
                Source.CUSTOM_FIELD, "customfield_10200",
                Source.CUSTOM_FIELD, "customfield_10300", "PM"));
        CustomField severityField = field("customfield_10100", "Severity");
        CustomField owningField = field("customfield_10200", "Owning team");
        CustomField impactedField = field("customfield_10300", "Impacted teams");
        Option sevOne = option("Sev 1");
        when(issue.getCustomFieldValue(severityField)).thenReturn(sevOne);
        when(issue.getCustomFieldValue(owningField)).thenReturn("payments");
        List<Option> impacted = List.of(option("Search"), option("Unknown team"));
        when(issue.getCustomFieldValue(impactedField)).thenReturn(impacted);

        Incident incident = tickets.find("OPS-1").orElseThrow();

        assertThat(incident.severity()).isEqualTo(Severity.P1);
        assertThat(incident.owningTeam()).isEqualTo("payments");
        assertThat(incident.impactedTeams()).containsExactly("search");
        assertThat(incident.allTeams()).containsExactly("payments", "search");
    }

    @Test
    void aSeverityValueOutsideTheTableStillReadsWhenItIsAlreadyPOneToFive() {
        useMapping(new IncidentMapping(List.of("Incident"), Source.CUSTOM_FIELD, "customfield_10100", Map.of(),
                Source.PROJECT, null, Source.COMPONENTS, null, "PM"));
        CustomField severity = field("customfield_10100", "Severity");
        when(issue.getCustomFieldValue(severity)).thenReturn("p3");

        assertThat(tickets.find("OPS-1").orElseThrow().severity()).isEqualTo(Severity.P3);
    }

    @Test
    void anUnmappedPriorityLeavesSeverityUnknown() {
        Priority odd = mock(Priority.class);
        when(odd.getName()).thenReturn("Blocker");
        when(issue.getPriority()).thenReturn(odd);

        assertThat(tickets.find("OPS-1").orElseThrow().severityIfKnown()).isEmpty();
    }

    @Test
    void historyListsCreationFieldChangesAndTimelineCommentsOldestFirst() {
        ApplicationUser carol = user("carol");
        when(userManager.getUserByKey("JIRAUSER10200")).thenReturn(carol);
        ChangeHistory escalation = change(7L, "2025-03-03T09:10:00Z", alice,
                item("jira", "priority", "3", "High", "2", "Highest"),
                item("jira", "summary", null, "Payments", null, "Card payments failing"));
        ChangeHistory handover = change(8L, "2025-03-03T09:20:00Z", bob,
                item("jira", "assignee", "bob", "Bob Baker", "JIRAUSER10200", "Carol Clark"),
                item("jira", "status", "1", "Open", "3", "In Progress"));
        ChangeHistory resolution = change(9L, "2025-03-03T11:30:00Z", bob,
                item("jira", "resolution", null, null, "1", "Fixed"));
        when(changeHistory.getChangeHistories(issue)).thenReturn(List.of(resolution, escalation, handover));
        List<Comment> onIssue = List.of(
                comment(31L, "2025-03-03T09:15:00Z", bob, "#timeline Rolled back release 4.2"),
                comment(32L, "2025-03-03T09:16:00Z", alice, "Any update?"));
        when(comments.getComments(issue)).thenReturn(onIssue);

        List<IncidentEvent> history = tickets.history("OPS-1");

        assertThat(history).extracting(IncidentEvent::id, IncidentEvent::kind, IncidentEvent::author,
                        IncidentEvent::from, IncidentEvent::to)
                .containsExactly(
                        tuple("created", IncidentEvent.Kind.CREATED, "alice", null, null),
                        tuple("change:7:priority", IncidentEvent.Kind.SEVERITY_CHANGED, "alice", "P2", "P1"),
                        tuple("comment:31", IncidentEvent.Kind.TIMELINE_COMMENT, "bob", null,
                                "Rolled back release 4.2"),
                        tuple("change:8:assignee", IncidentEvent.Kind.ASSIGNEE_CHANGED, "bob", "bob", "carol"),
                        tuple("change:8:status", IncidentEvent.Kind.STATUS_CHANGED, "bob", "Open", "In Progress"),
                        tuple("change:9:resolution", IncidentEvent.Kind.RESOLVED, "bob", null, "Fixed"));
        assertThat(history.get(0).at()).isEqualTo(CREATED);
        assertThat(history.get(1).at()).isEqualTo(Instant.parse("2025-03-03T09:10:00Z"));
    }

    @Test
    void withACustomSeverityFieldItsChangesAreTheSeverityChanges() {
        useMapping(new IncidentMapping(List.of("Incident"), Source.CUSTOM_FIELD, "customfield_10100",
                Map.of("Sev 1", Severity.P1, "Sev 2", Severity.P2),
                Source.PROJECT, null, Source.COMPONENTS, null, "PM"));
        field("customfield_10100", "Severity");
        ChangeHistory change = change(5L, "2025-03-03T10:00:00Z", alice,
                item("custom", "Severity", "10001", "Sev 2", "10000", "Sev 1"),
                item("jira", "priority", "3", "High", "2", "Highest"));
        when(changeHistory.getChangeHistories(issue)).thenReturn(List.of(change));

        assertThat(tickets.history("OPS-1"))
                .filteredOn(e -> e.kind() == IncidentEvent.Kind.SEVERITY_CHANGED)
                .extracting(IncidentEvent::id, IncidentEvent::from, IncidentEvent::to)
                .containsExactly(tuple("change:5:Severity", "P2", "P1"));
    }

    @Test
    void noIssueNoHistory() {
        assertThat(tickets.history("OPS-404")).isEmpty();
    }

    private CustomField field(String id, String name) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        when(customFields.getCustomFieldObject(id)).thenReturn(field);
        return field;
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(value);
        return option;
    }

    private static ChangeHistory change(Long id, String at, ApplicationUser author, ChangeItemBean... items) {
        ChangeHistory change = mock(ChangeHistory.class);
        when(change.getId()).thenReturn(id);
        when(change.getTimePerformed()).thenReturn(Timestamp.from(Instant.parse(at)));
        when(change.getAuthorObject()).thenReturn(author);
        when(change.getChangeItemBeans()).thenReturn(List.of(items));
        return change;
    }

    private static ChangeItemBean item(String type, String field, String from, String fromString, String to,
                                       String toString) {
        return new ChangeItemBean(type, field, from, fromString, to, toString, null);
    }

    private static Comment comment(Long id, String at, ApplicationUser author, String body) {
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(id);
        when(comment.getCreated()).thenReturn(Date.from(Instant.parse(at)));
        when(comment.getAuthorApplicationUser()).thenReturn(author);
        when(comment.getBody()).thenReturn(body);
        return comment;
    }

    private static ApplicationUser user(String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(name);
        return user;
    }

    private void useMapping(IncidentMapping mapping) {
        configuration.setConfiguration(new Configuration(directory, mapping, Policies.defaults()));
    }
}
