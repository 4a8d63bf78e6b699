package io.postmortem.plugin.jira.access;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortem.core.access.Permissions;

/**
 * Asks Jira's permission schemes. An unknown user, project or issue is never allowed anything, so a typo or a
 * deleted ticket cannot widen access.
 */
public final class JiraPermissions implements Permissions {
    private final UserManager userManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final PermissionManager permissionManager;
    private final ProjectManager projectManager;
    private final IssueManager issueManager;

    public JiraPermissions(UserManager userManager, GlobalPermissionManager globalPermissionManager,
                           PermissionManager permissionManager, ProjectManager projectManager,
                           IssueManager issueManager) {
        this.userManager = userManager;
        this.globalPermissionManager = globalPermissionManager;
        this.permissionManager = permissionManager;
        this.projectManager = projectManager;
        this.issueManager = issueManager;
    }

    @Override
    public boolean isAdministrator(String username) {
        ApplicationUser user = user(username);
        return user != null && globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }

    @Override
    public boolean canBrowseProject(String username, String projectKey) {
        return onProject(username, projectKey, ProjectPermissions.BROWSE_PROJECTS);
    }

    @Override
    public boolean canBrowseIssue(String username, String issueKey) {
        return onIssue(username, issueKey, ProjectPermissions.BROWSE_PROJECTS);
    }

    @Override
    public boolean canEditIssue(String username, String issueKey) {
        return onIssue(username, issueKey, ProjectPermissions.EDIT_ISSUES);
    }

    @Override
    public boolean canCreateIssue(String username, String projectKey) {
        return onProject(username, projectKey, ProjectPermissions.CREATE_ISSUES);
    }

    private boolean onProject(String username, String projectKey, ProjectPermissionKey permission) {
        ApplicationUser user = user(username);
        if (user == null || projectKey == null) {
            return false;
        }
        Project project = projectManager.getProjectObjByKey(projectKey);
        return project != null && permissionManager.hasPermission(permission, project, user);
    }

    private boolean onIssue(String username, String issueKey, ProjectPermissionKey permission) {
        ApplicationUser user = user(username);
        if (user == null || issueKey == null) {
            return false;
        }
        Issue issue = issueManager.getIssueObject(issueKey);
        return issue != null && permissionManager.hasPermission(permission, issue, user);
    }

    private ApplicationUser user(String username) {
        return username == null ? null : userManager.getUserByName(username);
    }
}
