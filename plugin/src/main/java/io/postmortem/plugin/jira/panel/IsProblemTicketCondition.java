package io.postmortem.plugin.jira.panel;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.plugin.panel.ProblemPanels;

import java.util.Map;

/**
 * Shows the action panel on issues that are the Problem ticket of an action, to logged-in people.
 * Built by the plugin framework (not a Spring bean).
 */
public final class IsProblemTicketCondition implements Condition {
    private final ProblemPanels problemPanels;
    private final CurrentUser currentUser;

    public IsProblemTicketCondition(ProblemPanels problemPanels, CurrentUser currentUser) {
        this.problemPanels = problemPanels;
        this.currentUser = currentUser;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return currentUser.username().isPresent()
                && PanelIssues.issueKey(context).map(problemPanels::isProblemTicket).orElse(false);
    }
}
