package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Jira's system project permissions.
 * <p>
 * Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 * ("public class ProjectPermissions extends Object", "public static final ProjectPermissionKey BROWSE_PROJECTS",
 * likewise CREATE_ISSUES and EDIT_ISSUES). Object constants are read with getstatic at run time, so the values
 * here only matter to tests.
 */
public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
}
