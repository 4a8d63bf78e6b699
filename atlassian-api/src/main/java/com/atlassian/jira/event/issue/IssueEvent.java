package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * The event Jira publishes for every issue operation.
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html ("@PublicApi public
 * final class IssueEvent extends AbstractEvent implements IssueRelatedEvent"; {@code Issue getIssue()},
 * {@code ApplicationUser getUser()}, {@code Long getEventTypeId()}). Final, as in Jira; its constructors take OfBiz
 * types we do not declare, so tests mock it (Mockito's inline mock maker handles final classes). The super-types
 * are left out; we never use them.
 */
public final class IssueEvent {

    private IssueEvent() {
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("declaration only");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("declaration only");
    }
}
