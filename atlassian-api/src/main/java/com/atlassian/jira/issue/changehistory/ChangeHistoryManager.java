package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;

import java.util.Collection;
import java.util.List;

/**
 * An issue's change history.
 * <p>
 * Source: https://docs.atlassian.com/jira/4.4/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html
 * ("public interface ChangeHistoryManager"); {@code List<ChangeHistory> getChangeHistories(Issue issue)} and
 * {@code Collection<String> getPreviousIssueKeys(Long issueId)} ("most recent issue key first"; the String overload
 * is the deprecated one) read in Jira's ChangeHistoryManager.java ("@PublicApi public interface") in the code index.
 */
public interface ChangeHistoryManager {

    List<ChangeHistory> getChangeHistories(Issue issue);

    Collection<String> getPreviousIssueKeys(Long issueId);
}
