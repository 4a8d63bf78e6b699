package io.postmortem.plugin.jira.postmortem;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.PostmortemIssue;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.plugin.jira.setup.PostmortemSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Postmortem issues in Jira: an issue of the Postmortem type in the configured postmortem project, linked to its
 * incident with the "Postmortem" link type (postmortem "reviews" incident; incident "is reviewed by" postmortem).
 * The issue is created through {@link IssueService}, so Jira's validation, workflow, events and notifications apply.
 * <p>
 * Afterwards the issue follows its document ({@link #follow}): fields through {@code validateUpdate}/{@code update},
 * status through the configured transition of the issue's workflow with {@code validateTransition}/{@code
 * transition}. The product acts as the postmortem project's lead, the same person who creates a postmortem for
 * someone who may not: the issue mirrors the document whoever changed it. Calls into Jira not confirmed on a Jira 11
 * page are guarded ({@link HostCalls}): a {@link LinkageError} turns the feature off (health page) and is a refusal.
 * <p>
 * Guarded ({@value #FEATURE}): creating issues through {@code IssueService} and linking them is not shown for
 * Jira 10/11 by a public source; a linkage failure turns postmortem issues off (health page) and the request gets
 * a clear refusal instead of a stack trace.
 */
public final class JiraPostmortemTickets implements PostmortemTickets {
    private static final Logger log = LoggerFactory.getLogger(JiraPostmortemTickets.class);
    /** Jira's field id of the labels system field in the web-style parameters. */
    static final String LABELS_FIELD = "labels";

    private final IssueService issueService;
    private final IssueManager issueManager;
    private final IssueLinkManager issueLinkManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final IssueTypeManager issueTypeManager;
    private final ProjectManager projectManager;
    private final UserManager userManager;
    private final PermissionManager permissionManager;
    private final WorkflowManager workflowManager;
    private final ResolutionManager resolutionManager;
    private final CommentManager commentManager;
    private final DateFieldFormat dateFieldFormat;
    private final HostCalls host;

    /** The feature the health page shows when creating, linking or deleting postmortem issues fails to link. */
    static final String FEATURE = "postmortem-issues";

    /** The feature name the health page shows when a guarded call fails to link. */
    public static final String FOLLOWING = "Postmortem issue follows its document";

    public JiraPostmortemTickets(IssueService issueService, IssueManager issueManager, IssueLinkManager issueLinkManager,
                                 IssueLinkTypeManager issueLinkTypeManager, IssueTypeManager issueTypeManager,
                                 ProjectManager projectManager, UserManager userManager,
                                 PermissionManager permissionManager, WorkflowManager workflowManager,
                                 ResolutionManager resolutionManager, CommentManager commentManager,
                                 DateFieldFormat dateFieldFormat, HostCalls host) {
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.issueLinkManager = issueLinkManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.issueTypeManager = issueTypeManager;
        this.projectManager = projectManager;
        this.userManager = userManager;
        this.permissionManager = permissionManager;
        this.workflowManager = workflowManager;
        this.resolutionManager = resolutionManager;
        this.commentManager = commentManager;
        this.dateFieldFormat = dateFieldFormat;
        this.host = host;
    }

    @Override
    public String create(Incident incident, String projectKey, String summary, String actingUser) {
        return host.call(FEATURE, () -> createIssue(incident, projectKey, summary, actingUser));
    }

    private String createIssue(Incident incident, String projectKey, String summary, String actingUser) {
        Project project = projectKey == null ? null : projectManager.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new HostRefusedException("The postmortem project " + projectKey + " does not exist in Jira; an "
                    + "administrator must set an existing project in the incident mapping.", false, null);
        }
        IssueType postmortemType = postmortemIssueType();
        IssueLinkType reviews = reviewsLinkType();
        Issue incidentIssue = issueManager.getIssueObject(incident.key());
        if (incidentIssue == null) {
            throw new HostRefusedException("The incident " + incident.key() + " no longer exists in Jira.", false, null);
        }
        ApplicationUser creator = creatorIn(project, actingUser);

        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(postmortemType.getId())
                .setSummary(summary)
                .setDescription(description(incident))
                .setReporterId(creator.getUsername());
        IssueService.CreateValidationResult validation = issueService.validateCreate(creator, input);
        if (!validation.isValid()) {
            throw refusal("Jira refused to create the postmortem issue in " + projectKey,
                    validation.getErrorCollection());
        }
        IssueService.IssueResult result = issueService.create(creator, validation);
        if (!result.isValid() || result.getIssue() == null) {
            throw refusal("Jira could not create the postmortem issue in " + projectKey, result.getErrorCollection());
        }
        Issue postmortem = result.getIssue();
        try {
            issueLinkManager.createIssueLink(postmortem.getId(), incidentIssue.getId(), reviews.getId(), null, creator);
        } catch (Exception linkFailure) {
            // No half-made state: a postmortem issue that does not review its incident is removed again.
            log.error("Could not link {} to {}; removing {}", postmortem.getKey(), incident.key(), postmortem.getKey(),
                    linkFailure);
            deleteQuietly(postmortem);
            throw new HostRefusedException("Jira could not link the postmortem issue to " + incident.key() + ": "
                    + linkFailure.getMessage(), false, null);
        }
        return postmortem.getKey();
    }

    @Override
    public void delete(String postmortemKey) {
        host.run(FEATURE, () -> {
            Issue issue = postmortemKey == null ? null : issueManager.getIssueObject(postmortemKey);
            if (issue != null) {
                deleteQuietly(issue);
            }
        });
    }

    @Override
    public void follow(PostmortemIssue wanted) {
        guarded("IssueService#validateUpdate/validateTransition", () -> {
            Issue issue = existing(wanted.postmortemKey());
            ApplicationUser actor = actorFor(issue);
            updateFields(issue, wanted, actor);
            if (phaseOf(issue.getStatus()) != wanted.status()) {
                transition(issue, wanted, actor);
            }
            return null;
        });
    }

    @Override
    public Optional<PostmortemStatus> shownStatus(String postmortemKey) {
        Issue issue = postmortemKey == null ? null : issueManager.getIssueObject(postmortemKey);
        return issue == null ? Optional.empty() : Optional.of(phaseOf(issue.getStatus()));
    }

    @Override
    public void comment(String postmortemKey, String text) {
        guarded("CommentManager#create", () -> {
            Issue issue = existing(postmortemKey);
            commentManager.create(issue, actorFor(issue), text, true);
            return null;
        });
    }

    @Override
    public void addReviewedIncident(String postmortemKey, String incidentKey, String actingUser) {
        host.run(FEATURE, () -> {
            Issue postmortem = existing(postmortemKey);
            Issue incident = existing(incidentKey);
            ApplicationUser acting = actingUser == null ? null : userManager.getUserByName(actingUser);
            try {
                issueLinkManager.createIssueLink(postmortem.getId(), incident.getId(), reviewsLinkType().getId(),
                        null, acting == null ? actorFor(postmortem) : acting);
            } catch (Exception linkFailure) {
                throw new HostRefusedException("Jira could not link " + postmortemKey + " to " + incidentKey + ": "
                        + linkFailure.getMessage(), false, "incidentKey");
            }
        });
    }

    @Override
    public void removeReviewedIncident(String postmortemKey, String incidentKey) {
        guarded("IssueLinkManager#removeIssueLink", () -> {
            Issue postmortem = issueManager.getIssueObject(postmortemKey);
            Issue incident = issueManager.getIssueObject(incidentKey);
            if (postmortem == null || incident == null) {
                return null;
            }
            IssueLink link = issueLinkManager.getIssueLink(postmortem.getId(), incident.getId(),
                    reviewsLinkType().getId());
            if (link != null) {
                issueLinkManager.removeIssueLink(link, actorFor(postmortem));
            }
            return null;
        });
    }

    @Override
    public Set<String> transitionNames(String projectKey) {
        return guarded("WorkflowManager#getWorkflow", () -> {
            Project project = projectKey == null ? null : projectManager.getProjectObjByKey(projectKey);
            if (project == null) {
                return Set.<String>of();
            }
            JiraWorkflow workflow = workflowManager.getWorkflow(project.getId(), postmortemIssueType().getId());
            Set<String> names = new TreeSet<>();
            if (workflow != null && workflow.getAllActions() != null) {
                for (ActionDescriptor action : workflow.getAllActions()) {
                    if (action != null && action.getName() != null) {
                        names.add(action.getName());
                    }
                }
            }
            return Set.copyOf(names);
        });
    }

    /** Assignee, due date, the incident's priority, labels and (when published) the description, in one update. */
    private void updateFields(Issue issue, PostmortemIssue wanted, ApplicationUser actor) {
        IssueInputParameters input = issueService.newIssueInputParameters();
        if (wanted.assignee() != null) {
            input.setAssigneeId(wanted.assignee());
        }
        if (wanted.dueDate() != null) {
            input.setDueDate(dateFieldFormat.formatDatePicker(java.sql.Date.valueOf(wanted.dueDate())));
        }
        Issue incident = wanted.incidentKey() == null ? null : issueManager.getIssueObject(wanted.incidentKey());
        Priority priority = incident == null ? null : incident.getPriority();
        if (priority != null) {
            input.setPriorityId(priority.getId());
        }
        input.addCustomFieldValue(LABELS_FIELD, wanted.labels().toArray(String[]::new));
        if (wanted.description() != null) {
            input.setDescription(wanted.description());
        }
        // The fields are the product's, not the person's: they apply whether or not the edit screen shows them.
        input.setSkipScreenCheck(true);
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(actor, issue.getId(), input);
        if (!validation.isValid()) {
            throw refusal("Jira refused to update " + issue.getKey(), validation.getErrorCollection());
        }
        IssueService.IssueResult result = issueService.update(actor, validation);
        if (!result.isValid()) {
            throw refusal("Jira could not update " + issue.getKey(), result.getErrorCollection());
        }
    }

    /**
     * Runs the configured transition. A workflow may hold several transitions of that name (one per step in classic
     * workflows): the first Jira accepts from the issue's status is taken.
     */
    private void transition(Issue issue, PostmortemIssue wanted, ApplicationUser actor) {
        JiraWorkflow workflow = workflowManager.getWorkflow(issue);
        Collection<ActionDescriptor> actions = workflow == null ? null : workflow.getActionsByName(wanted.transition());
        if (actions == null || actions.isEmpty()) {
            throw new HostRefusedException("The workflow of " + issue.getKey() + " has no transition \""
                    + wanted.transition() + "\"; an administrator must map the postmortem states to its transitions.",
                    false, null);
        }
        String resolutionId = wanted.status() == PostmortemStatus.PUBLISHED ? resolutionId(wanted.resolution()) : null;
        ErrorCollection lastErrors = null;
        for (ActionDescriptor action : actions) {
            IssueInputParameters input = issueService.newIssueInputParameters();
            if (resolutionId != null) {
                input.setResolutionId(resolutionId);
            }
            input.setSkipScreenCheck(true);
            IssueService.TransitionValidationResult validation =
                    issueService.validateTransition(actor, issue.getId(), action.getId(), input);
            if (validation.isValid()) {
                IssueService.IssueResult result = issueService.transition(actor, validation);
                if (!result.isValid()) {
                    throw refusal("Jira could not move " + issue.getKey() + " with \"" + wanted.transition() + "\"",
                            result.getErrorCollection());
                }
                return;
            }
            lastErrors = validation.getErrorCollection();
        }
        throw refusal("Jira refused to move " + issue.getKey() + " with \"" + wanted.transition() + "\"", lastErrors);
    }

    private String resolutionId(String name) {
        Resolution resolution = name == null ? null : resolutionManager.getResolutionByName(name);
        if (resolution == null) {
            throw new HostRefusedException("Jira has no resolution \"" + name + "\"; an administrator must name an "
                    + "existing one for published postmortems.", false, null);
        }
        return resolution.getId();
    }

    /** Jira's status categories: "done" is Published, "indeterminate" (in progress) In review, anything else Draft. */
    static PostmortemStatus phaseOf(Status status) {
        String category = status == null || status.getStatusCategory() == null ? null
                : status.getStatusCategory().getKey();
        if ("done".equals(category)) {
            return PostmortemStatus.PUBLISHED;
        }
        if ("indeterminate".equals(category)) {
            return PostmortemStatus.IN_REVIEW;
        }
        return PostmortemStatus.DRAFT;
    }

    /** Who the product acts as on the issue: the postmortem project's lead, else the issue's reporter. */
    private ApplicationUser actorFor(Issue issue) {
        Project project = issue.getProjectObject();
        ApplicationUser lead = project == null ? null : project.getProjectLead();
        ApplicationUser actor = lead != null ? lead : issue.getReporter();
        if (actor == null) {
            throw new HostRefusedException("The project of " + issue.getKey() + " has no lead and the issue no "
                    + "reporter for the product to act as.", true, null);
        }
        return actor;
    }

    private Issue existing(String key) {
        Issue issue = key == null ? null : issueManager.getIssueObject(key);
        if (issue == null) {
            throw new HostRefusedException("The issue " + key + " no longer exists in Jira.", false, null);
        }
        return issue;
    }

    /** Calls Jira; a member this Jira does not have turns the feature off for the health page and is a refusal. */
    private <T> T guarded(String member, Supplier<T> call) {
        return host.call(FOLLOWING, call);
    }

    /**
     * The person Jira creates the issue as. Usually the acting user; but an automatic creation is triggered by whoever
     * resolved the incident, and they may have no access to the postmortem project. The postmortem must exist anyway
     * (policy requires it), so the project lead creates it then. Only a project without a lead is a refusal.
     */
    private ApplicationUser creatorIn(Project project, String actingUser) {
        ApplicationUser acting = actingUser == null ? null : userManager.getUserByName(actingUser);
        if (acting != null && permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, project, acting)) {
            return acting;
        }
        ApplicationUser lead = project.getProjectLead();
        if (lead == null) {
            throw new HostRefusedException((actingUser == null ? "Nobody" : actingUser) + " may not create issues in "
                    + project.getKey() + " and the project has no lead to create the postmortem instead.", true, null);
        }
        log.info("{} may not create issues in {}; creating the postmortem as the project lead {}", actingUser,
                project.getKey(), lead.getUsername());
        return lead;
    }

    private IssueType postmortemIssueType() {
        Collection<IssueType> types = issueTypeManager.getIssueTypes();
        if (types != null) {
            for (IssueType type : types) {
                if (PostmortemSetup.POSTMORTEM_ISSUE_TYPE.equalsIgnoreCase(type.getName()) && !type.isSubTask()) {
                    return type;
                }
            }
        }
        throw new HostRefusedException("Jira has no \"" + PostmortemSetup.POSTMORTEM_ISSUE_TYPE + "\" issue type; "
                + "re-enable the Postmortem for Jira app to create it.", false, null);
    }

    private IssueLinkType reviewsLinkType() {
        Collection<IssueLinkType> found = issueLinkTypeManager.getIssueLinkTypesByName(PostmortemSetup.POSTMORTEM_LINK);
        if (found == null || found.isEmpty()) {
            throw new HostRefusedException("Jira has no \"" + PostmortemSetup.POSTMORTEM_LINK + "\" issue link type; "
                    + "re-enable the Postmortem for Jira app to create it.", false, null);
        }
        return found.iterator().next();
    }

    private void deleteQuietly(Issue issue) {
        try {
            issueManager.deleteIssueNoEvent(issue);
        } catch (Exception failure) {
            // Undoing is best effort: the caller's outcome stands, the stray issue is reported for an administrator.
            log.error("Could not remove the postmortem issue {}; remove it by hand", issue.getKey(), failure);
        }
    }

    private static String description(Incident incident) {
        return "Blameless postmortem of incident " + incident.key()
                + (incident.severity() == null ? "" : " (" + incident.severity().name() + ")")
                + (incident.summary() == null ? "" : ": " + incident.summary()) + ".";
    }

    /** Jira's own words, so people see why; forbidden when Jira says the refusal is about permissions. */
    public static HostRefusedException refusal(String what, ErrorCollection errors) {
        List<String> messages = new ArrayList<>();
        if (errors != null) {
            if (errors.getErrorMessages() != null) {
                messages.addAll(errors.getErrorMessages());
            }
            if (errors.getErrors() != null) {
                errors.getErrors().forEach((field, message) -> messages.add(field + ": " + message));
            }
        }
        Set<ErrorCollection.Reason> reasons = errors == null ? null : errors.getReasons();
        boolean forbidden = reasons != null && (reasons.contains(ErrorCollection.Reason.FORBIDDEN)
                || reasons.contains(ErrorCollection.Reason.NOT_LOGGED_IN));
        return new HostRefusedException(what + (messages.isEmpty() ? "." : ": " + String.join("; ", messages)),
                forbidden, null);
    }
}
