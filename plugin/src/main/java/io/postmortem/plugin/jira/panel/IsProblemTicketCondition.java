package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.plugin.jira.incident.OurIssues;
import io.postmortem.plugin.panel.ProblemPanels;

/** Shows the action panel on issues that are the Problem ticket of an action. */
public final class IsProblemTicketCondition extends IssuePanelCondition {
    private final ProblemPanels problemPanels;
    private final OurIssues ourIssues;

    public IsProblemTicketCondition(ProblemPanels problemPanels, OurIssues ourIssues, CurrentUser currentUser) {
        super(currentUser);
        this.problemPanels = problemPanels;
        this.ourIssues = ourIssues;
    }

    @Override
    boolean mayApplyTo(Issue issue) {
        return ourIssues.mayBeProblemTicket(issue);
    }

    @Override
    boolean appliesTo(String issueKey) {
        return problemPanels.isProblemTicket(issueKey);
    }
}
