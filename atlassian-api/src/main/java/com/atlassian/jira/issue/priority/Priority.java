package com.atlassian.jira.issue.priority;

/**
 * An issue constant (Priority); we only read its display name.
 * <p>
 * Package and name verified by imports in Jira 11.3 plugin code and the return types of
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (implemented for Jira 11.0 in https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java).
 * {@code String getName()} is declared on the super-interface IssueConstant in Jira; declaring it here gives the same
 * invokeinterface descriptor, which the JVM resolves through the super-interface.
 */
public interface Priority {

    String getId();

    String getName();
}
