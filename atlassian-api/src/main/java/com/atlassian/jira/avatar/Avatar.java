package com.atlassian.jira.avatar;

/**
 * An avatar (of an issue type, project or user); we only read its id to give new issue types an existing icon.
 * <p>
 * Type and package from https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html
 * ({@code Avatar getAvatar()}) and https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html.
 * {@code Long getId()} was not seen on an Avatar page.
 */
public interface Avatar {

    Long getId();
}
