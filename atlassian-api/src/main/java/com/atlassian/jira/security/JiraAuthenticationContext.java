package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's record of who is logged in on the current thread.
 * <p>
 * Source: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html
 * ("@PublicApi public interface JiraAuthenticationContext"). The return type {@code ApplicationUser} of
 * {@code getLoggedInUser()} is the Jira 7+ form (the DAC page is older and still shows the crowd {@code User});
 * confirmed by Jira 11.3 plugin code calling {@code getJiraAuthenticationContext().getLoggedInUser()} into an
 * {@code ApplicationUser} (jira-platform-facts.md 2.10). Returns null for anonymous requests.
 */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();
}
