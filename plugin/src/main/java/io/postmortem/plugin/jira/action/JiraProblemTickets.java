package io.postmortem.plugin.jira.action;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.bc.project.component.ProjectComponentManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import io.postmortem.core.action.ProblemTicketRequest;
import io.postmortem.core.action.ProblemTickets;
import io.postmortem.core.action.TicketState;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.plugin.jira.postmortem.JiraPostmortemTickets;
import io.postmortem.plugin.jira.setup.PostmortemSetup;
import io.postmortem.plugin.health.HostCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problem tickets in Jira: an issue of the Problem type in the owning team's project, created through
 * {@link IssueService} as the acting user (Jira's validation, permissions, workflow and notifications apply), then
 * linked with the "Postmortem action" link type: the postmortem and the incident "has action" the Problem ticket,
 * which "is action of" both. When any step fails, the ticket is removed again (with its links) and the refusal
 * carries Jira's words.
 * <p>
 * Guarded ({@value #FEATURE}): creating issues through {@code IssueService}, formatting the due date and linking are
 * not shown for Jira 10/11 by a public source; a linkage failure turns Problem tickets off (health page) and the
 * request gets a clear refusal instead of a stack trace.
 * <p>
 * Each ticket carries its request id as an issue entity property ({@value #REQUEST_PROPERTY_PREFIX}&lt;request id&gt;,
 * stored by Jira with the issue, as {@code /rest/api/2/issue/{key}/properties} shows them), so a retry after a crash
 * between creating the ticket and storing its action finds the ticket ({@link #findByRequest}). Finding it by
 * property key is guarded ({@value #REQUEST_LOOKUP}): no public Jira 10/11 source shows
 * {@code ExecutableQuery.key}; off, a retry after such a crash makes a second ticket, as before.
 */
public final class JiraProblemTickets implements ProblemTickets {
    private static final Logger log = LoggerFactory.getLogger(JiraProblemTickets.class);
    /** Jira's field id of the labels system field in the web-style parameters. */
    static final String LABELS_FIELD = "labels";

    private final IssueService issueService;
    private final IssueManager issueManager;
    private final IssueLinkManager issueLinkManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final IssueTypeManager issueTypeManager;
    private final ProjectManager projectManager;
    private final ProjectComponentManager projectComponentManager;
    private final PriorityManager priorityManager;
    private final DateFieldFormat dateFieldFormat;
    private final UserManager userManager;
    private final PermissionManager permissionManager;
    private final JsonEntityPropertyManager entityProperties;
    private final HostCalls host;

    static final String FEATURE = "problem-tickets";
    static final String REQUEST_LOOKUP = "problem-ticket-request-lookup";
    /** Jira's entity name of issue properties (the ones its REST API lists under an issue). */
    static final String ISSUE_PROPERTY = "IssueProperty";
    /** Property keys are at most 255 characters; request ids at most 100. */
    static final String REQUEST_PROPERTY_PREFIX = "io.postmortem.request.";
    private static final Pattern PROBLEM_IN_VALUE = Pattern.compile("\"problem\"\\s*:\\s*\"([^\"]+)\"");
    static final String RESOLUTIONS = "problem-ticket-resolutions";

    public JiraProblemTickets(IssueService issueService, IssueManager issueManager, IssueLinkManager issueLinkManager,
                              IssueLinkTypeManager issueLinkTypeManager, IssueTypeManager issueTypeManager,
                              ProjectManager projectManager, ProjectComponentManager projectComponentManager,
                              PriorityManager priorityManager, DateFieldFormat dateFieldFormat,
                              UserManager userManager, PermissionManager permissionManager,
                              JsonEntityPropertyManager entityProperties, HostCalls host) {
        this.entityProperties = entityProperties;
        this.host = host;
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.issueLinkManager = issueLinkManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.issueTypeManager = issueTypeManager;
        this.projectManager = projectManager;
        this.projectComponentManager = projectComponentManager;
        this.priorityManager = priorityManager;
        this.dateFieldFormat = dateFieldFormat;
        this.userManager = userManager;
        this.permissionManager = permissionManager;
    }

    @Override
    public String create(ProblemTicketRequest request, String actingUser) {
        return host.call(FEATURE, () -> createIssue(request, actingUser));
    }

    private String createIssue(ProblemTicketRequest request, String actingUser) {
        Project project = request.projectKey() == null ? null : projectManager.getProjectObjByKey(request.projectKey());
        if (project == null) {
            throw new HostRefusedException("The team's project " + request.projectKey() + " does not exist in Jira; an "
                    + "administrator must correct the platform directory.", false, "team");
        }
        IssueType problemType = problemIssueType();
        IssueLinkType hasAction = actionLinkType();
        Issue postmortem = existing(request.postmortemKey());
        Issue incident = existing(request.incidentKey());
        ApplicationUser creator = actingUser == null ? null : userManager.getUserByName(actingUser);
        if (creator == null || !permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, project, creator)) {
            // The action is the acting person's commitment: unlike postmortems, nobody creates it on their behalf.
            throw new HostRefusedException("You do not have permission to create issues in project "
                    + project.getKey() + ".", true, "team");
        }

        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(problemType.getId())
                .setSummary(request.summary())
                .setDescription(request.description())
                .setReporterId(creator.getUsername());
        priorityId(request.priority()).ifPresent(input::setPriorityId);
        if (request.dueDate() != null) {
            input.setDueDate(dateFieldFormat.formatDatePicker(java.sql.Date.valueOf(request.dueDate())));
        }
        if (!request.labels().isEmpty()) {
            input.addCustomFieldValue(LABELS_FIELD, request.labels().toArray(String[]::new));
        }
        componentId(project, request.component()).ifPresent(input::setComponentIds);

        IssueService.CreateValidationResult validation = issueService.validateCreate(creator, input);
        if (!validation.isValid()) {
            throw JiraPostmortemTickets.refusal("Jira refused to create the Problem ticket in " + project.getKey(),
                    validation.getErrorCollection());
        }
        IssueService.IssueResult result = issueService.create(creator, validation);
        if (!result.isValid() || result.getIssue() == null) {
            throw JiraPostmortemTickets.refusal("Jira could not create the Problem ticket in " + project.getKey(),
                    result.getErrorCollection());
        }
        Issue problem = result.getIssue();
        try {
            // First, before anything else can fail: from here on a retry of this request finds this ticket.
            recordRequest(problem, request);
        } catch (RuntimeException recordFailure) {
            log.error("Could not record request {} on {}; removing {}", request.requestId(), problem.getKey(),
                    problem.getKey(), recordFailure);
            deleteQuietly(problem);
            throw new HostRefusedException("Jira could not store the request id on the Problem ticket: "
                    + recordFailure.getMessage(), false, "ticket");
        }
        try {
            // Outward "has action" from the postmortem and the incident; the Problem ticket "is action of" them.
            issueLinkManager.createIssueLink(postmortem.getId(), problem.getId(), hasAction.getId(), null, creator);
            issueLinkManager.createIssueLink(incident.getId(), problem.getId(), hasAction.getId(), null, creator);
        } catch (Exception linkFailure) {
            log.error("Could not link {} to {} and {}; removing {}", problem.getKey(), request.postmortemKey(),
                    request.incidentKey(), problem.getKey(), linkFailure);
            deleteQuietly(problem);
            throw new HostRefusedException("Jira could not link the Problem ticket to " + request.postmortemKey()
                    + " and " + request.incidentKey() + ": " + linkFailure.getMessage(), false, "ticket");
        }
        return problem.getKey();
    }

    private void recordRequest(Issue problem, ProblemTicketRequest request) {
        if (request.requestId() == null || request.requestId().isBlank()) {
            return;
        }
        // Issue keys need no JSON escaping ([A-Z][A-Z0-9_]*-digits): the value is written as it stands.
        entityProperties.put(ISSUE_PROPERTY, problem.getId(), REQUEST_PROPERTY_PREFIX + request.requestId().trim(),
                "{\"problem\":\"" + problem.getKey() + "\",\"postmortem\":\"" + request.postmortemKey() + "\"}");
    }

    @Override
    public Optional<String> findByRequest(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            return Optional.empty();
        }
        List<EntityProperty> found = host.callOr(REQUEST_LOOKUP, () -> entityProperties.query()
                .entityName(ISSUE_PROPERTY).key(REQUEST_PROPERTY_PREFIX + requestId.trim()).find(), List::of);
        for (EntityProperty property : found) {
            Matcher problem = PROBLEM_IN_VALUE.matcher(property.getValue() == null ? "" : property.getValue());
            // Jira finds a moved issue by its old key too; the answer is the key it has now.
            Issue issue = problem.find() ? issueManager.getIssueObject(problem.group(1)) : null;
            if (issue != null) {
                return Optional.of(issue.getKey());
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<TicketState> status(String key) {
        Issue issue = key == null ? null : issueManager.getIssueObject(key);
        if (issue == null) {
            return Optional.empty();
        }
        // A resolution's name is not shown for Jira 10/11: off, a done ticket is reported without its resolution.
        String resolution = host.callOr(RESOLUTIONS,
                () -> issue.getResolution() == null ? null : issue.getResolution().getName(), () -> null);
        String assignee = issue.getAssignee() == null ? null : issue.getAssignee().getUsername();
        String projectKey = issue.getProjectObject() == null ? null : issue.getProjectObject().getKey();
        return Optional.of(new TicketState(issue.getKey(), projectKey, phase(issue.getStatus()), resolution, assignee));
    }

    @Override
    public void delete(String key) {
        host.run(FEATURE, () -> {
            Issue issue = key == null ? null : issueManager.getIssueObject(key);
            if (issue != null) {
                deleteQuietly(issue);
            }
        });
    }

    /** Jira's status category keys: "new" (To Do), "indeterminate" (In Progress), "done" (Done). */
    static TicketState.Phase phase(Status status) {
        String category = status == null || status.getStatusCategory() == null ? null
                : status.getStatusCategory().getKey();
        if ("done".equals(category)) {
            return TicketState.Phase.DONE;
        }
        if ("indeterminate".equals(category)) {
            return TicketState.Phase.IN_PROGRESS;
        }
        return TicketState.Phase.TO_DO;
    }

    private Optional<String> priorityId(io.postmortem.core.shared.Priority priority) {
        if (priority == null) {
            return Optional.empty();
        }
        List<Priority> priorities = priorityManager.getPriorities();
        if (priorities != null) {
            for (Priority candidate : priorities) {
                if (priority.jiraName().equalsIgnoreCase(candidate.getName())) {
                    return Optional.of(candidate.getId());
                }
            }
        }
        // A renamed priority scheme is not a reason to refuse: Jira applies its default, the description says it.
        log.warn("Jira has no priority named {}; the Problem ticket gets Jira's default priority", priority.jiraName());
        return Optional.empty();
    }

    private Optional<Long> componentId(Project project, String component) {
        if (component == null || component.isBlank()) {
            return Optional.empty();
        }
        ProjectComponent found = projectComponentManager.findByComponentName(project.getId(), component);
        if (found == null) {
            log.warn("Project {} has no component {}; the Problem ticket is created without it", project.getKey(),
                    component);
            return Optional.empty();
        }
        return Optional.of(found.getId());
    }

    private Issue existing(String key) {
        Issue issue = key == null ? null : issueManager.getIssueObject(key);
        if (issue == null) {
            throw new HostRefusedException("The issue " + key + " no longer exists in Jira.", false, "ticket");
        }
        return issue;
    }

    private IssueType problemIssueType() {
        Collection<IssueType> types = issueTypeManager.getIssueTypes();
        if (types != null) {
            for (IssueType type : types) {
                if (PostmortemSetup.PROBLEM_ISSUE_TYPE.equalsIgnoreCase(type.getName()) && !type.isSubTask()) {
                    return type;
                }
            }
        }
        throw new HostRefusedException("Jira has no \"" + PostmortemSetup.PROBLEM_ISSUE_TYPE + "\" issue type; "
                + "re-enable the Postmortem for Jira app to create it.", false, "ticket");
    }

    private IssueLinkType actionLinkType() {
        Collection<IssueLinkType> found = issueLinkTypeManager.getIssueLinkTypesByName(PostmortemSetup.ACTION_LINK);
        if (found == null || found.isEmpty()) {
            throw new HostRefusedException("Jira has no \"" + PostmortemSetup.ACTION_LINK + "\" issue link type; "
                    + "re-enable the Postmortem for Jira app to create it.", false, "ticket");
        }
        return found.iterator().next();
    }

    private void deleteQuietly(Issue issue) {
        try {
            issueManager.deleteIssueNoEvent(issue);
        } catch (Exception failure) {
            log.error("Could not remove the Problem ticket {}; remove it by hand", issue.getKey(), failure);
        }
    }
}
