package com.atlassian.jira.issue.issuetype;

/**
 * An issue constant (IssueType); we only read its display name.
 * <p>
 * Package and name verified by imports in Jira 11.3 plugin code and the return types of
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (implemented for Jira 11.0 in https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java).
 * {@code String getName()} is declared on the super-interface IssueConstant in Jira; declaring it here gives the same
 * invokeinterface descriptor, which the JVM resolves through the super-interface.
 */
public interface IssueType {

    String getId();

    String getName();

    /** Sub-task types cannot hold a postmortem. Source: https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html ({@code boolean isSubTask()}). */
    boolean isSubTask();

    /** May be null. Source: same page ({@code @Nullable Avatar getAvatar()}, since 6.3). */
    com.atlassian.jira.avatar.Avatar getAvatar();
}
