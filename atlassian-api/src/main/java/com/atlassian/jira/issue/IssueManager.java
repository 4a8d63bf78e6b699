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

    /**
     * Deletes an issue "without firing any events, or sending notifications": how a Postmortem issue we just created
     * is undone. Source: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/mock/MockIssueManager.html
     * (implements IssueManager: {@code void deleteIssueNoEvent(Issue issue)}). Jira declares a checked
     * RemoveException on it; callers catch Exception, so it is left out here.
     */
    void deleteIssueNoEvent(Issue issue);
}
