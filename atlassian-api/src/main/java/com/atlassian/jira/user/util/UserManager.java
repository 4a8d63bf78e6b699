package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's own user look-ups (not SAL's {@code com.atlassian.sal.api.user.UserManager}).
 * <p>
 * Source: https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html (public interface)
 * and the ApplicationUsers page https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/user/ApplicationUsers.html
 * which names {@code ComponentAccessor.getUserManager().getUserByKey(key)}. {@code ApplicationUser getUserByName(String)}
 * and {@code ApplicationUser getUserByKey(String)} return null for unknown users. Exact Jira 11 page not seen.
 */
public interface UserManager {

    ApplicationUser getUserByName(String userName);

    ApplicationUser getUserByKey(String userKey);
}
