package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Links between issues.
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html ("@PublicApi
 * public interface IssueLinkManager"; {@code void createIssueLink(Long sourceIssueId, Long destinationIssueId,
 * Long issueLinkTypeId, Long sequence, ApplicationUser remoteUser)} "Constructs a new issuelink from the
 * sourceIssueId to the destinationId and persists it"). The {@code throws CreateException} clause is from an
 * implementing class of an older Jira (not seen for Jira 10/11; the call is guarded); checked exceptions have no effect on linking.
 */
public interface IssueLinkManager {

    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;

    // Unlinking an incident from a shared postmortem. Source:
    // https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html ("IssueLink
    // getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId) Retrieves an issue link given a source,
    // destination and a link type", "void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser)").

    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);

    void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser);
}
