package io.postmortem.plugin.jira.panel;

import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.incident.IncidentTickets;

/** Shows the postmortem panels on incidents (issues the incident mapping reads as incidents). */
public final class IsIncidentCondition extends IssuePanelCondition {
    private final IncidentTickets incidents;

    public IsIncidentCondition(IncidentTickets incidents, CurrentUser currentUser) {
        super(currentUser);
        this.incidents = incidents;
    }

    @Override
    boolean appliesTo(String issueKey) {
        return incidents.find(issueKey).isPresent();
    }
}
