package io.postmortem.plugin.jira.panel;

import io.postmortem.core.access.CurrentUser;
import io.postmortem.plugin.panel.ProblemPanels;

/** Shows the action panel on issues that are the Problem ticket of an action. */
public final class IsProblemTicketCondition extends IssuePanelCondition {
    private final ProblemPanels problemPanels;

    public IsProblemTicketCondition(ProblemPanels problemPanels, CurrentUser currentUser) {
        super(currentUser);
        this.problemPanels = problemPanels;
    }

    @Override
    boolean appliesTo(String issueKey) {
        return problemPanels.isProblemTicket(issueKey);
    }
}
