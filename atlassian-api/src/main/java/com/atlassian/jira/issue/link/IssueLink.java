package com.atlassian.jira.issue.link;

/**
 * A link between two issues.
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html ("@PublicApi public
 * interface IssueLink extends OfBizValueWrapper"). Only passed back to {@link IssueLinkManager#removeIssueLink}; no
 * method is called on it.
 */
public interface IssueLink {
}
