package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's record of who is logged in on the current thread.
 * <p>
 * Source: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html
 * ("@PublicApi public interface JiraAuthenticationContext"). The return type {@code ApplicationUser} of
 * {@code getLoggedInUser()} is the Jira 7+ form (the DAC page is older and still shows the crowd {@code User});
 * confirmed by Jira 11.3 plugin code calling {@code getJiraAuthenticationContext().getLoggedInUser()} into an
 * {@code ApplicationUser} (e.g. Jira 11.0: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java). Returns null for anonymous requests.
 */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();
}
