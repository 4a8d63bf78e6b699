package com.atlassian.jira.issue.status;

/**
 * An issue constant (Status); we only read its display name.
 * <p>
 * Package and name verified by imports in Jira 11.3 plugin code and the return types of
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (implemented for Jira 11.0 in https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java).
 * {@code String getName()} is declared on the super-interface IssueConstant in Jira; declaring it here gives the same
 * invokeinterface descriptor, which the JVM resolves through the super-interface.
 * <p>
 * {@code StatusCategory getStatusCategory()} (since 6.1): Jira's Status.java in the code index and plugin code reading
 * {@code issue.getStatus().getStatusCategory().getKey()}; not seen on a Jira 11 javadoc page.
 */
public interface Status {

    String getId();

    String getName();

    com.atlassian.jira.issue.status.category.StatusCategory getStatusCategory();
}
