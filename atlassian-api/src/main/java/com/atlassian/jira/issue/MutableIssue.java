package com.atlassian.jira.issue;

/**
 * The mutable issue {@link IssueManager#getIssueObject(String)} returns.
 * <p>
 * Source: "public interface MutableIssue extends Issue", https://docs.atlassian.com/jira/6.3.1/com/atlassian/jira/issue/MutableIssue.html (javadoc
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/MutableIssue.html). We only read through the
 * {@link Issue} methods, so no setters are declared.
 */
public interface MutableIssue extends Issue {
}
