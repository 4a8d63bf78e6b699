package com.atlassian.jira.issue;

/**
 * The mutable issue {@link IssueManager#getIssueObject(String)} returns.
 * <p>
 * Source: "public interface MutableIssue extends Issue" per jira-platform-facts.md 2.7 (javadoc
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/MutableIssue.html). We only read through the
 * {@link Issue} methods, so no setters are declared.
 */
public interface MutableIssue extends Issue {
}
