package io.postmortem.plugin.jira.action;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.bc.project.component.ProjectComponentManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyQuery;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.action.ProblemTicketRequest;
import io.postmortem.core.action.TicketState;
import io.postmortem.core.shared.HostRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraProblemTicketsTest {
    private final IssueService issueService = mock(IssueService.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final IssueLinkManager linkManager = mock(IssueLinkManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final ProjectComponentManager components = mock(ProjectComponentManager.class);
    private final PriorityManager priorities = mock(PriorityManager.class);
    private final DateFieldFormat dates = mock(DateFieldFormat.class);
    private final UserManager users = mock(UserManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JsonEntityPropertyManager entityProperties = mock(JsonEntityPropertyManager.class);
    /** Jira's entity property table as the mocked manager keeps it: (entity name, entity id, key) to JSON. */
    private final Map<List<Object>, String> propertyRows = new java.util.LinkedHashMap<>();
    private final io.postmortem.plugin.health.DegradedFeatures degraded =
            new io.postmortem.plugin.health.DegradedFeatures(java.time.Clock.systemUTC());
    private final JiraProblemTickets tickets = new JiraProblemTickets(issueService, issueManager, linkManager,
            linkTypes, issueTypes, projects, components, priorities, dates, users, permissions, entityProperties,
            new io.postmortem.plugin.health.HostCalls(degraded));

    private final IssueInputParameters input = mock(IssueInputParameters.class, Answers.RETURNS_SELF);
    private final Project checkout = mock(Project.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final MutableIssue postmortem = issue("PM-7", 700L);
    private final MutableIssue incident = issue("OPS-1", 100L);
    private final MutableIssue created = issue("CHK-12", 1200L);
    private final ProblemTicketRequest request = new ProblemTicketRequest("CHK", "Checkout API", "Add a retry budget",
            "Retries amplified the outage.", ActionType.PREVENT, io.postmortem.core.shared.Priority.HIGH,
            LocalDate.of(2026, 12, 18), "checkout", "payments", "PM-7", "OPS-1",
            List.of("postmortem-action", "team-checkout", "platform-payments"), "req-1");

    @BeforeEach
    void jiraWithTheTeamsProject() {
        when(projects.getProjectObjByKey("CHK")).thenReturn(checkout);
        when(checkout.getId()).thenReturn(10500L);
        when(checkout.getKey()).thenReturn("CHK");
        IssueType bug = issueType("1", "Bug");
        IssueType problem = issueType("10201", "Problem");
        when(issueTypes.getIssueTypes()).thenReturn(List.of(bug, problem));
        IssueLinkType hasAction = mock(IssueLinkType.class);
        when(hasAction.getId()).thenReturn(10301L);
        when(linkTypes.getIssueLinkTypesByName("Postmortem action")).thenReturn(List.of(hasAction));
        when(issueManager.getIssueObject("PM-7")).thenReturn(postmortem);
        when(issueManager.getIssueObject("OPS-1")).thenReturn(incident);
        when(alice.getUsername()).thenReturn("alice");
        when(users.getUserByName("alice")).thenReturn(alice);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        Priority medium = priority("3", "Medium");
        Priority high = priority("2", "High");
        when(priorities.getPriorities()).thenReturn(List.of(medium, high));
        ProjectComponent api = mock(ProjectComponent.class);
        when(api.getId()).thenReturn(10900L);
        when(components.findByComponentName(10500L, "Checkout API")).thenReturn(api);
        when(dates.formatDatePicker(any(Date.class))).thenReturn("18/Dec/26");
    }

    @Test
    void createsTheProblemTicketAsTheActingUserWithItsFieldsAndLinksItToPostmortemAndIncident() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(true);
        jiraAccepts();

        assertThat(tickets.create(request, "alice")).isEqualTo("CHK-12");

        verify(issueService).validateCreate(eq(alice), any());
        verify(input).setProjectId(10500L);
        verify(input).setIssueTypeId("10201");
        verify(input).setSummary("Add a retry budget");
        verify(input).setDescription("Retries amplified the outage.");
        verify(input).setReporterId("alice");
        verify(input).setPriorityId("2");
        verify(input).setDueDate("18/Dec/26");
        verify(dates).formatDatePicker(java.sql.Date.valueOf(LocalDate.of(2026, 12, 18)));
        verify(input).addCustomFieldValue("labels", "postmortem-action", "team-checkout", "platform-payments");
        verify(input).setComponentIds(10900L);
        // The postmortem and the incident are the outward side ("has action").
        verify(linkManager).createIssueLink(eq(700L), eq(1200L), eq(10301L), isNull(), eq(alice));
        verify(linkManager).createIssueLink(eq(100L), eq(1200L), eq(10301L), isNull(), eq(alice));
    }

    @Test
    void anUnknownPriorityOrComponentLeavesThemToJiraInsteadOfRefusing() {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(true);
        Priority blocker = priority("1", "Blocker");
        when(priorities.getPriorities()).thenReturn(List.of(blocker));
        when(components.findByComponentName(10500L, "Checkout API")).thenReturn(null);
        jiraAccepts();

        assertThat(tickets.create(request, "alice")).isEqualTo("CHK-12");

        verify(input, never()).setPriorityId(any());
        verify(input, never()).setComponentIds(any(Long[].class));
    }

    @Test
    void withoutCreatePermissionItIsAForbiddenRefusalAndNothingIsCreated() {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(false);

        assertThatThrownBy(() -> tickets.create(request, "alice"))
                .isInstanceOfSatisfying(HostRefusedException.class, refused -> {
                    assertThat(refused.forbidden()).isTrue();
                    assertThat(refused.getMessage()).contains("CHK");
                });
        verify(issueService, never()).create(any(), any());
    }

    @Test
    void jirasValidationMessagesBecomeTheRefusalAndPermissionReasonsMakeItForbidden() {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(true);
        ErrorCollection errors = errors(List.of("You do not have permission to create issues in this project."),
                Map.of("duedate", "Due date is required."), Set.of(ErrorCollection.Reason.FORBIDDEN));
        IssueService.CreateValidationResult invalid = new IssueService.CreateValidationResult(null, errors, Map.of());
        when(issueService.validateCreate(eq(alice), any())).thenReturn(invalid);

        assertThatThrownBy(() -> tickets.create(request, "alice"))
                .isInstanceOfSatisfying(HostRefusedException.class, refused -> {
                    assertThat(refused.forbidden()).isTrue();
                    assertThat(refused.getMessage()).contains("You do not have permission")
                            .contains("duedate: Due date is required.");
                });
        verify(issueService, never()).create(any(), any());
    }

    @Test
    void whenTheSecondLinkFailsTheTicketAndItsFirstLinkAreRemoved() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(true);
        jiraAccepts();
        doThrow(new CreateException("link table locked"))
                .when(linkManager).createIssueLink(eq(100L), anyLong(), anyLong(), any(), any());

        assertThatThrownBy(() -> tickets.create(request, "alice"))
                .isInstanceOfSatisfying(HostRefusedException.class, refused -> {
                    assertThat(refused.forbidden()).isFalse();
                    assertThat(refused.getMessage()).contains("link table locked");
                });
        // Deleting the issue deletes its links with it.
        verify(issueManager).deleteIssueNoEvent(created);
    }

    @Test
    void aMissingProjectIssueTypeOrLinkTypeIsARefusalBeforeAnythingIsCreated() {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(true);
        when(linkTypes.getIssueLinkTypesByName("Postmortem action")).thenReturn(List.of());
        assertThatThrownBy(() -> tickets.create(request, "alice")).hasMessageContaining("link type");

        IssueType bug = issueType("1", "Bug");
        when(issueTypes.getIssueTypes()).thenReturn(List.of(bug));
        assertThatThrownBy(() -> tickets.create(request, "alice")).hasMessageContaining("issue type");

        when(projects.getProjectObjByKey("CHK")).thenReturn(null);
        assertThatThrownBy(() -> tickets.create(request, "alice")).hasMessageContaining("CHK");
        verify(issueService, never()).validateCreate(any(), any());
    }

    @Test
    void theRequestIdIsRecordedOnTheTicketAsAnIssuePropertyBeforeItIsLinked() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(true);
        jiraAccepts();

        tickets.create(request, "alice");

        org.mockito.InOrder order = org.mockito.Mockito.inOrder(entityProperties, linkManager);
        order.verify(entityProperties).put("IssueProperty", 1200L, "io.postmortem.request.req-1",
                "{\"problem\":\"CHK-12\",\"postmortem\":\"PM-7\"}");
        order.verify(linkManager, org.mockito.Mockito.times(2)).createIssueLink(anyLong(), eq(1200L), eq(10301L),
                isNull(), eq(alice));
    }

    @Test
    void aRetryAfterACrashBetweenTicketAndRowFindsTheTicketByItsRequestIdAndCreatesNoSecond() throws Exception {
        jiraKeepsEntityProperties();
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(true);
        jiraAccepts();
        when(issueManager.getIssueObject("CHK-12")).thenReturn(created);
        // The first attempt made the ticket; the node stopped before the action was stored.
        String first = tickets.create(request, "alice");

        // The retry asks first, as RaiseAction does, and adopts what it finds.
        assertThat(tickets.findByRequest("req-1")).contains(first);
        assertThat(tickets.findByRequest(" req-1 ")).as("trimmed as the action's request id is").contains(first);
        assertThat(tickets.findByRequest("req-2")).isEmpty();
        verify(issueService, org.mockito.Mockito.times(1)).create(any(), any());
    }

    @Test
    void aTicketMovedSinceIsFoundUnderItsNewKeyAndADeletedOneNotAtAll() throws Exception {
        jiraKeepsEntityProperties();
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(true);
        jiraAccepts();
        tickets.create(request, "alice");

        MutableIssue moved = issue("OPS-40", 1200L);
        when(issueManager.getIssueObject("CHK-12")).thenReturn(moved);
        assertThat(tickets.findByRequest("req-1")).contains("OPS-40");

        when(issueManager.getIssueObject("CHK-12")).thenReturn(null);
        assertThat(tickets.findByRequest("req-1")).isEmpty();
    }

    @Test
    void whenJiraCannotStoreTheRequestIdTheTicketIsRemovedAndTheRefusalSaysWhy() throws Exception {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, checkout, alice)).thenReturn(true);
        jiraAccepts();
        doThrow(new IllegalArgumentException("key too long"))
                .when(entityProperties).put(any(), any(), any(), any());

        assertThatThrownBy(() -> tickets.create(request, "alice"))
                .isInstanceOfSatisfying(HostRefusedException.class, refused ->
                        assertThat(refused.getMessage()).contains("request id").contains("key too long"));
        verify(issueManager).deleteIssueNoEvent(created);
        verify(linkManager, never()).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
    }

    @Test
    void aJiraWithoutTheLookupTurnsOnlyItOffAndFindsNothing() {
        when(entityProperties.query()).thenThrow(new NoSuchMethodError("EntityPropertyQuery.key"));

        assertThat(tickets.findByRequest("req-1")).isEmpty();
        assertThat(degraded.isDegraded(JiraProblemTickets.REQUEST_LOOKUP)).isTrue();
    }

    /** JsonEntityPropertyManager as Jira's: put stores a row, query by entity name and key finds it. */
    private void jiraKeepsEntityProperties() {
        org.mockito.Mockito.doAnswer(call -> {
            propertyRows.put(List.of(call.getArgument(0), call.getArgument(1), call.getArgument(2)), call.getArgument(3));
            return null;
        }).when(entityProperties).put(any(), any(), any(), any());
        EntityPropertyQuery<?> query = mock(EntityPropertyQuery.class);
        EntityPropertyQuery.ExecutableQuery executable = mock(EntityPropertyQuery.ExecutableQuery.class);
        java.util.concurrent.atomic.AtomicReference<String> entityName = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<String> key = new java.util.concurrent.atomic.AtomicReference<>();
        org.mockito.Mockito.doReturn(query).when(entityProperties).query();
        when(query.entityName(any())).thenAnswer(call -> {
            entityName.set(call.getArgument(0));
            return executable;
        });
        when(executable.key(any())).thenAnswer(call -> {
            key.set(call.getArgument(0));
            return executable;
        });
        when(executable.find()).thenAnswer(call -> propertyRows.entrySet().stream()
                .filter(row -> row.getKey().get(0).equals(entityName.get()) && row.getKey().get(2).equals(key.get()))
                .map(row -> (EntityProperty) row::getValue)
                .toList());
    }

    @Test
    void statusReadsTheStatusCategoryResolutionAndAssignee() {
        MutableIssue done = issue("CHK-12", 1200L);
        when(done.getProjectObject()).thenReturn(checkout);
        Status doneStatus = status("done");
        when(done.getStatus()).thenReturn(doneStatus);
        Resolution wontDo = mock(Resolution.class);
        when(wontDo.getName()).thenReturn("Won't Do");
        when(done.getResolution()).thenReturn(wontDo);
        ApplicationUser bob = mock(ApplicationUser.class);
        when(bob.getUsername()).thenReturn("bob");
        when(done.getAssignee()).thenReturn(bob);
        when(issueManager.getIssueObject("CHK-12")).thenReturn(done);

        assertThat(tickets.status("CHK-12")).contains(
                new TicketState("CHK-12", "CHK", TicketState.Phase.DONE, "Won't Do", "bob"));
        assertThat(tickets.status("CHK-404")).isEmpty();
    }

    @Test
    void statusCategoryKeysMapToPhases() {
        assertThat(JiraProblemTickets.phase(status("new"))).isEqualTo(TicketState.Phase.TO_DO);
        assertThat(JiraProblemTickets.phase(status("indeterminate"))).isEqualTo(TicketState.Phase.IN_PROGRESS);
        assertThat(JiraProblemTickets.phase(status("done"))).isEqualTo(TicketState.Phase.DONE);
        assertThat(JiraProblemTickets.phase(status("undefined"))).isEqualTo(TicketState.Phase.TO_DO);
        assertThat(JiraProblemTickets.phase(null)).isEqualTo(TicketState.Phase.TO_DO);
    }

    @Test
    void deleteRemovesAnExistingTicketAndIgnoresUnknownKeys() {
        when(issueManager.getIssueObject("CHK-12")).thenReturn(created);

        tickets.delete("CHK-12");
        tickets.delete("CHK-404");

        verify(issueManager).deleteIssueNoEvent(created);
        verify(issueManager, org.mockito.Mockito.times(1)).deleteIssueNoEvent(any());
    }

    private void jiraAccepts() {
        IssueService.CreateValidationResult valid = new IssueService.CreateValidationResult(null,
                errors(List.of(), Map.of(), Set.of()), Map.of());
        IssueService.IssueResult result = new IssueService.IssueResult(created, errors(List.of(), Map.of(), Set.of()));
        when(issueService.validateCreate(eq(alice), any())).thenReturn(valid);
        when(issueService.create(alice, valid)).thenReturn(result);
    }

    private static Status status(String categoryKey) {
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        Status status = mock(Status.class);
        when(status.getStatusCategory()).thenReturn(category);
        return status;
    }

    private static MutableIssue issue(String key, long id) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getId()).thenReturn(id);
        return issue;
    }

    private static Priority priority(String id, String name) {
        Priority priority = mock(Priority.class);
        when(priority.getId()).thenReturn(id);
        when(priority.getName()).thenReturn(name);
        return priority;
    }

    private static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
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
}
