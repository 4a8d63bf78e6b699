package io.postmortem.plugin.jira.postmortem;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.PostmortemIssue;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.plugin.health.DegradedFeatures;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraPostmortemTicketsTest {
    private final IssueService issueService = mock(IssueService.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final IssueLinkManager linkManager = mock(IssueLinkManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final UserManager users = mock(UserManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final WorkflowManager workflows = mock(WorkflowManager.class);
    private final ResolutionManager resolutions = mock(ResolutionManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final DateFieldFormat dateFieldFormat = mock(DateFieldFormat.class);
    private final DegradedFeatures degraded = new DegradedFeatures(java.time.Clock.systemUTC());
    private final JiraPostmortemTickets tickets = new JiraPostmortemTickets(issueService, issueManager, linkManager,
            linkTypes, issueTypes, projects, users, permissions, workflows, resolutions, comments, dateFieldFormat,
            new io.postmortem.plugin.health.HostCalls(degraded));

    private final IssueInputParameters input = mock(IssueInputParameters.class, Answers.RETURNS_SELF);
    private final Project pm = mock(Project.class);
    private final ApplicationUser alice = user("alice");
    private final ApplicationUser lead = user("lead");
    private final MutableIssue incidentIssue = mock(MutableIssue.class);
    private final MutableIssue created = mock(MutableIssue.class);
    private final Incident incident = new Incident("OPS-1", "OPS", "Card payments failing", Severity.P1, "payments",
            List.of(), List.of(), Instant.parse("2025-03-03T09:00:00Z"), null, null,
            Instant.parse("2025-03-03T11:00:00Z"), "alice", "bob");

    @BeforeEach
    void jiraWithAPostmortemProject() {
        when(projects.getProjectObjByKey("PM")).thenReturn(pm);
        when(pm.getId()).thenReturn(10100L);
        when(pm.getKey()).thenReturn("PM");
        when(pm.getProjectLead()).thenReturn(lead);
        IssueType bug = issueType("1", "Bug", false);
        IssueType postmortem = issueType("10200", "Postmortem", false);
        when(issueTypes.getIssueTypes()).thenReturn(List.of(bug, postmortem));
        IssueLinkType reviews = mock(IssueLinkType.class);
        when(reviews.getId()).thenReturn(10300L);
        when(linkTypes.getIssueLinkTypesByName("Postmortem")).thenReturn(List.of(reviews));
        when(issueManager.getIssueObject("OPS-1")).thenReturn(incidentIssue);
        when(incidentIssue.getId()).thenReturn(501L);
        when(users.getUserByName("alice")).thenReturn(alice);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(created.getId()).thenReturn(777L);
        when(created.getKey()).thenReturn("PM-7");
    }

    @Test
    void createsAPostmortemIssueAsTheActingUserAndLinksItReviewsTheIncident() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, pm, alice)).thenReturn(true);
        jiraAccepts(alice);

        String key = tickets.create(incident, "PM", "Postmortem: Card payments failing", "alice");

        assertThat(key).isEqualTo("PM-7");
        verify(input).setProjectId(10100L);
        verify(input).setIssueTypeId("10200");
        verify(input).setSummary("Postmortem: Card payments failing");
        verify(input).setReporterId("alice");
        verify(input).setDescription("Blameless postmortem of incident OPS-1 (P1): Card payments failing.");
        // The postmortem is the source ("reviews"), the incident the destination ("is reviewed by").
        verify(linkManager).createIssueLink(eq(777L), eq(501L), eq(10300L), isNull(), eq(alice));
    }

    @Test
    void someoneWithoutAccessToThePostmortemProjectTriggersCreationAsTheProjectLead() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, pm, alice)).thenReturn(false);
        jiraAccepts(lead);

        assertThat(tickets.create(incident, "PM", "Postmortem: x", "alice")).isEqualTo("PM-7");

        verify(issueService).validateCreate(eq(lead), any());
        verify(issueService, never()).validateCreate(eq(alice), any());
        verify(input).setReporterId("lead");
        verify(linkManager).createIssueLink(eq(777L), eq(501L), eq(10300L), isNull(), eq(lead));
    }

    @Test
    void withoutAccessAndWithoutALeadItIsAForbiddenRefusal() {
        when(pm.getProjectLead()).thenReturn(null);

        assertThatThrownBy(() -> tickets.create(incident, "PM", "Postmortem: x", "alice"))
                .isInstanceOfSatisfying(HostRefusedException.class, refused -> {
                    assertThat(refused.forbidden()).isTrue();
                    assertThat(refused.getMessage()).contains("alice", "PM");
                });
    }

    @Test
    void jirasValidationMessagesBecomeTheRefusalAndPermissionReasonsMakeItForbidden() {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, pm, alice)).thenReturn(true);
        ErrorCollection errors = errors(List.of("You do not have permission to create issues in this project."),
                Map.of("summary", "You must specify a summary of the issue."), Set.of(ErrorCollection.Reason.FORBIDDEN));
        IssueService.CreateValidationResult invalid = new IssueService.CreateValidationResult(null, errors, Map.of());
        when(issueService.validateCreate(eq(alice), any())).thenReturn(invalid);

        assertThatThrownBy(() -> tickets.create(incident, "PM", "Postmortem: x", "alice"))
                .isInstanceOfSatisfying(HostRefusedException.class, refused -> {
                    assertThat(refused.forbidden()).isTrue();
                    assertThat(refused.getMessage())
                            .contains("You do not have permission to create issues in this project.")
                            .contains("summary: You must specify a summary of the issue.");
                });
        verify(issueService, never()).create(any(), any());
    }

    @Test
    void aValidationFailureWithoutPermissionReasonIsNotForbidden() {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, pm, alice)).thenReturn(true);
        ErrorCollection errors = errors(List.of(), Map.of("components", "Component/s is required."),
                Set.of(ErrorCollection.Reason.VALIDATION_FAILED));
        IssueService.CreateValidationResult invalid = new IssueService.CreateValidationResult(null, errors, Map.of());
        when(issueService.validateCreate(eq(alice), any())).thenReturn(invalid);

        assertThatThrownBy(() -> tickets.create(incident, "PM", "Postmortem: x", "alice"))
                .isInstanceOfSatisfying(HostRefusedException.class, refused -> {
                    assertThat(refused.forbidden()).isFalse();
                    assertThat(refused.getMessage()).contains("components: Component/s is required.");
                });
    }

    @Test
    void whenLinkingFailsTheCreatedIssueIsRemovedAgain() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, pm, alice)).thenReturn(true);
        jiraAccepts(alice);
        doThrow(new CreateException("link table locked"))
                .when(linkManager).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());

        assertThatThrownBy(() -> tickets.create(incident, "PM", "Postmortem: x", "alice"))
                .isInstanceOf(HostRefusedException.class)
                .hasMessageContaining("link table locked");
        verify(issueManager).deleteIssueNoEvent(created);
    }

    @Test
    void aMissingProjectIssueTypeOrLinkTypeIsARefusalBeforeAnythingIsCreated() {
        assertThatThrownBy(() -> tickets.create(incident, "NOPE", "Postmortem: x", "alice"))
                .isInstanceOf(HostRefusedException.class).hasMessageContaining("NOPE");

        when(linkTypes.getIssueLinkTypesByName("Postmortem")).thenReturn(List.of());
        assertThatThrownBy(() -> tickets.create(incident, "PM", "Postmortem: x", "alice"))
                .isInstanceOf(HostRefusedException.class).hasMessageContaining("link type");

        IssueType bug = issueType("1", "Bug", false);
        when(issueTypes.getIssueTypes()).thenReturn(List.of(bug));
        assertThatThrownBy(() -> tickets.create(incident, "PM", "Postmortem: x", "alice"))
                .isInstanceOf(HostRefusedException.class).hasMessageContaining("issue type");
        verify(issueService, never()).validateCreate(any(), any());
    }

    @Test
    void deleteRemovesTheIssueWithoutEventsAndIgnoresUnknownKeys() {
        when(issueManager.getIssueObject("PM-7")).thenReturn(created);

        tickets.delete("PM-7");
        tickets.delete("PM-404");

        verify(issueManager).deleteIssueNoEvent(created);
        verify(issueManager, org.mockito.Mockito.times(1)).deleteIssueNoEvent(any());
    }

    // ---- the issue follows its document ---------------------------------------------------------------------

    @Test
    void aDraftsIssueGetsTheFacilitatorTheDueDateTheIncidentsPriorityAndTheTagsAsTheProjectLead() {
        MutableIssue issue = postmortemIssue("new");
        Priority high = mock(Priority.class);
        when(high.getId()).thenReturn("2");
        when(incidentIssue.getPriority()).thenReturn(high);
        when(dateFieldFormat.formatDatePicker(java.sql.Date.valueOf(LocalDate.of(2026, 11, 24)))).thenReturn("24/Nov/26");
        IssueService.UpdateValidationResult valid = updateAccepted();

        tickets.follow(draft());

        verify(input).setAssigneeId("mim2");
        verify(input).setDueDate("24/Nov/26");
        verify(input).setPriorityId("2");
        verify(input).addCustomFieldValue("labels", "retry-storm", "ledger");
        verify(input).setSkipScreenCheck(true);
        verify(input, never()).setDescription(any());
        verify(issueService).validateUpdate(lead, 777L, input);
        verify(issueService).update(lead, valid);
        // Already in a to-do status: no transition.
        verify(issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    void publishingRunsTheMappedTransitionWithTheResolutionAndWritesTheSummaryAsDescription() {
        MutableIssue issue = postmortemIssue("indeterminate");
        updateAccepted();
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        when(workflows.getWorkflow(issue)).thenReturn(workflow);
        ActionDescriptor fromTodo = action(11, "Done");
        ActionDescriptor fromInProgress = action(31, "Done");
        when(workflow.getActionsByName("Done")).thenReturn(List.of(fromTodo, fromInProgress));
        Resolution done = mock(Resolution.class);
        when(done.getId()).thenReturn("10000");
        when(resolutions.getResolutionByName("Done")).thenReturn(done);
        IssueService.TransitionValidationResult notFromHere = new IssueService.TransitionValidationResult(issue,
                errors(List.of("It is not valid from In Progress."), Map.of(), Set.of()), Map.of(), Map.of(), 11);
        when(issueService.validateTransition(eq(lead), eq(777L), eq(11), any())).thenReturn(notFromHere);
        IssueService.TransitionValidationResult valid = new IssueService.TransitionValidationResult(issue,
                errors(List.of(), Map.of(), Set.of()), Map.of(), Map.of(), 31);
        when(issueService.validateTransition(eq(lead), eq(777L), eq(31), any())).thenReturn(valid);
        IssueService.IssueResult moved = new IssueService.IssueResult(issue, errors(List.of(), Map.of(), Set.of()));
        when(issueService.transition(lead, valid)).thenReturn(moved);

        tickets.follow(new PostmortemIssue("PM-7", "OPS-1", PostmortemStatus.PUBLISHED, "Done", "Done", "mim2",
                LocalDate.of(2026, 11, 24), List.of(), "Card payments failed for 40 minutes."));

        verify(input).setDescription("Card payments failed for 40 minutes.");
        verify(input, org.mockito.Mockito.times(2)).setResolutionId("10000");
        verify(issueService).transition(lead, valid);
    }

    @Test
    void aTransitionTheWorkflowLacksIsARefusalNamingIt() {
        MutableIssue issue = postmortemIssue("new");
        updateAccepted();
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        when(workflows.getWorkflow(issue)).thenReturn(workflow);
        when(workflow.getActionsByName("Start review")).thenReturn(List.of());

        assertThatThrownBy(() -> tickets.follow(new PostmortemIssue("PM-7", "OPS-1", PostmortemStatus.IN_REVIEW,
                "Start review", "Done", null, LocalDate.of(2026, 11, 24), List.of(), null)))
                .isInstanceOf(HostRefusedException.class).hasMessageContaining("no transition \"Start review\"");
    }

    @Test
    void jiraRefusingTheUpdateIsARefusalWithItsWords() {
        postmortemIssue("new");
        IssueService.UpdateValidationResult refused = new IssueService.UpdateValidationResult(null,
                errors(List.of(), Map.of("assignee", "User 'mim2' cannot be assigned issues."), Set.of()), Map.of());
        when(issueService.validateUpdate(any(), anyLong(), any())).thenReturn(refused);

        assertThatThrownBy(() -> tickets.follow(draft())).isInstanceOf(HostRefusedException.class)
                .hasMessageContaining("assignee: User 'mim2' cannot be assigned issues.");
        verify(issueService, never()).update(any(), any());
    }

    @Test
    void aJiraWithoutTheMemberTurnsTheFeatureOffForTheHealthPage() {
        postmortemIssue("new");
        when(issueService.validateUpdate(any(), anyLong(), any())).thenThrow(new NoSuchMethodError("validateUpdate"));

        assertThatThrownBy(() -> tickets.follow(draft())).isInstanceOf(HostRefusedException.class);
        assertThat(degraded.isDegraded(JiraPostmortemTickets.FOLLOWING)).isTrue();
    }

    @Test
    void theShownStatusIsReadFromTheStatusCategory() {
        postmortemIssue("done");
        assertThat(tickets.shownStatus("PM-7")).contains(PostmortemStatus.PUBLISHED);
        postmortemIssue("indeterminate");
        assertThat(tickets.shownStatus("PM-7")).contains(PostmortemStatus.IN_REVIEW);
        postmortemIssue("new");
        assertThat(tickets.shownStatus("PM-7")).contains(PostmortemStatus.DRAFT);
        assertThat(tickets.shownStatus("PM-404")).isEmpty();
    }

    @Test
    void aCommentIsWrittenAsTheProjectLeadWithAnEvent() {
        MutableIssue issue = postmortemIssue("new");

        tickets.comment("PM-7", "Moved back: the summary is missing.");

        verify(comments).create(issue, lead, "Moved back: the summary is missing.", true);
    }

    @Test
    void aFurtherIncidentIsLinkedReviewsAndUnlinkedAgain() throws Exception {
        MutableIssue issue = postmortemIssue("new");
        IssueLink link = mock(IssueLink.class);
        when(linkManager.getIssueLink(777L, 501L, 10300L)).thenReturn(link);

        tickets.addReviewedIncident("PM-7", "OPS-1", "alice");
        tickets.removeReviewedIncident("PM-7", "OPS-1");

        verify(linkManager).createIssueLink(eq(777L), eq(501L), eq(10300L), isNull(), eq(alice));
        verify(linkManager).removeIssueLink(link, lead);
        assertThat(issue.getKey()).isEqualTo("PM-7");
    }

    @Test
    void theTransitionNamesComeFromThePostmortemTypesWorkflowInTheProject() {
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        when(workflows.getWorkflow(10100L, "10200")).thenReturn(workflow);
        List<ActionDescriptor> all = List.of(action(1, "Create"), action(11, "To Do"), action(21, "In Progress"),
                action(31, "Done"), action(32, "Done"));
        when(workflow.getAllActions()).thenReturn(all);

        assertThat(tickets.transitionNames("PM")).containsExactlyInAnyOrder("Create", "To Do", "In Progress", "Done");
        assertThat(tickets.transitionNames("NOPE")).isEmpty();
    }

    private PostmortemIssue draft() {
        return new PostmortemIssue("PM-7", "OPS-1", PostmortemStatus.DRAFT, "To Do", "Done", "mim2",
                LocalDate.of(2026, 11, 24), List.of("retry-storm", "ledger"), null);
    }

    /** The Postmortem issue PM-7 in the PM project, in a status of the given category. */
    private MutableIssue postmortemIssue(String statusCategory) {
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(statusCategory);
        Status status = mock(Status.class);
        when(status.getStatusCategory()).thenReturn(category);
        when(created.getStatus()).thenReturn(status);
        when(created.getProjectObject()).thenReturn(pm);
        when(issueManager.getIssueObject("PM-7")).thenReturn(created);
        return created;
    }

    private IssueService.UpdateValidationResult updateAccepted() {
        IssueService.UpdateValidationResult valid = new IssueService.UpdateValidationResult(created,
                errors(List.of(), Map.of(), Set.of()), Map.of());
        when(issueService.validateUpdate(eq(lead), eq(777L), any())).thenReturn(valid);
        IssueService.IssueResult updated = new IssueService.IssueResult(created, errors(List.of(), Map.of(), Set.of()));
        when(issueService.update(lead, valid)).thenReturn(updated);
        return valid;
    }

    private static ActionDescriptor action(int id, String name) {
        ActionDescriptor action = mock(ActionDescriptor.class);
        when(action.getId()).thenReturn(id);
        when(action.getName()).thenReturn(name);
        return action;
    }

    private void jiraAccepts(ApplicationUser creator) {
        IssueService.CreateValidationResult valid = new IssueService.CreateValidationResult(null,
                errors(List.of(), Map.of(), Set.of()), Map.of());
        IssueService.IssueResult result = new IssueService.IssueResult(created, errors(List.of(), Map.of(), Set.of()));
        when(issueService.validateCreate(eq(creator), any())).thenReturn(valid);
        when(issueService.create(creator, valid)).thenReturn(result);
    }

    private static ErrorCollection errors(List<String> messages, Map<String, String> fieldErrors,
                                          Set<ErrorCollection.Reason> reasons) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(messages);
        when(errors.getErrors()).thenReturn(fieldErrors);
        when(errors.getReasons()).thenReturn(reasons);
        when(errors.hasAnyErrors()).thenReturn(!messages.isEmpty() || !fieldErrors.isEmpty());
        return errors;
    }

    private static IssueType issueType(String id, String name, boolean subTask) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        return type;
    }

    private static ApplicationUser user(String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(name);
        return user;
    }
}
