package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Project-specific permission checks, answered by the project's permission scheme (and issue security).
 * <p>
 * Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html
 * ("@PublicApi public interface PermissionManager"). The two {@code hasPermission(ProjectPermissionKey, Issue|Project,
 * ApplicationUser)} overloads are on that page; the Project form is used by Jira 11.0 code (https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/spi/impl/JiraSlackLinkAccessManager.java) and the Issue form by
 * Jira 11.3 plugin code ({@code hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)}); the page excerpt
 * available here was cut before the hasPermission rows, so the Project form rests on the facts file.
 */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
