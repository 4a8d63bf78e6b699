package com.atlassian.jira.issue;

/**
 * Issue look-ups.
 * <p>
 * Source: Jira's IssueManager.java (public interface) read in the code index:
 * {@code MutableIssue getIssueObject(String key) throws DataAccessException} ("the Issue with the given key, or null
 * if no such Issue exists"); DataAccessException is unchecked, so the throws clause is left out. Javadoc page:
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/IssueManager.html (not seen in full here).
 */
public interface IssueManager {

    MutableIssue getIssueObject(String key);
}
