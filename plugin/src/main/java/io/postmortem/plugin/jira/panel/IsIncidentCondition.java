package io.postmortem.plugin.jira.panel;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.incident.IncidentTickets;

import java.util.Map;

/**
 * Shows the postmortem panel on incidents (issues the incident mapping reads as incidents), to logged-in people:
 * the panel's data come from the authenticated API. Built by the plugin framework (not a Spring bean).
 */
public final class IsIncidentCondition implements Condition {
    private final IncidentTickets incidents;
    private final CurrentUser currentUser;

    public IsIncidentCondition(IncidentTickets incidents, CurrentUser currentUser) {
        this.incidents = incidents;
        this.currentUser = currentUser;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return currentUser.username().isPresent()
                && PanelIssues.issueKey(context).flatMap(incidents::find).isPresent();
    }
}
