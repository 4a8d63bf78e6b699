package io.postmortem.plugin.jira.postmortem;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
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
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.plugin.jira.setup.PostmortemSetup;
import io.postmortem.plugin.health.HostCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Postmortem issues in Jira: an issue of the Postmortem type in the configured postmortem project, linked to its
 * incident with the "Postmortem" link type (postmortem "reviews" incident; incident "is reviewed by" postmortem).
 * The issue is created through {@link IssueService}, so Jira's validation, workflow, events and notifications apply.
 * <p>
 * Guarded ({@value #FEATURE}): creating issues through {@code IssueService} and linking them is not shown for
 * Jira 10/11 by a public source; a linkage failure turns postmortem issues off (health page) and the request gets
 * a clear refusal instead of a stack trace.
 */
public final class JiraPostmortemTickets implements PostmortemTickets {
    private static final Logger log = LoggerFactory.getLogger(JiraPostmortemTickets.class);

    private final IssueService issueService;
    private final IssueManager issueManager;
    private final IssueLinkManager issueLinkManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final IssueTypeManager issueTypeManager;
    private final ProjectManager projectManager;
    private final UserManager userManager;
    private final PermissionManager permissionManager;
    private final HostCalls host;

    static final String FEATURE = "postmortem-issues";

    public JiraPostmortemTickets(IssueService issueService, IssueManager issueManager, IssueLinkManager issueLinkManager,
                                 IssueLinkTypeManager issueLinkTypeManager, IssueTypeManager issueTypeManager,
                                 ProjectManager projectManager, UserManager userManager,
                                 PermissionManager permissionManager, HostCalls host) {
        this.host = host;
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.issueLinkManager = issueLinkManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.issueTypeManager = issueTypeManager;
        this.projectManager = projectManager;
        this.userManager = userManager;
        this.permissionManager = permissionManager;
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
