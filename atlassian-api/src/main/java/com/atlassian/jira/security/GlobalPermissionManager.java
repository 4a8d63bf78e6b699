package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Checks global permissions such as Jira Administrators.
 * <p>
 * Source: listed in https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/package-summary.html
 * ("GlobalPermissionManager: Use this manager to add/remove or check global permissions"); the method
 * {@code boolean hasPermission(@Nonnull GlobalPermissionKey globalPermissionKey, @Nullable ApplicationUser user)}
 * ("@since 6.2.5"; ADMINISTER is also granted to system administrators) was read in Jira's own
 * {@code GlobalPermissionManager.java} source (public interface) in the code index, and the
 * {@code PermissionManager} javadoc (https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html)
 * says "For all global Permissions it is recommended to use GlobalPermissionManager". Jira 11 page not seen.
 */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
