package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * The key of a project permission such as Browse Projects.
 * <p>
 * Package and type name verified by the signatures on
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html
 * ({@code getProjects(ProjectPermissionKey permissionKey, ApplicationUser user)}) and
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html. It is only ever
 * passed as an argument by our code, so only its name matters to the bytecode; the constructor and
 * {@code permissionKey()} accessor are unverified and here for tests.
 */
public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && other.permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(permissionKey);
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
