package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.plugin.jira.incident.OurIssues;

/** Shows the postmortem panels on incidents (issues the incident mapping reads as incidents). */
public final class IsIncidentCondition extends IssuePanelCondition {
    private final IncidentTickets incidents;
    private final OurIssues ourIssues;

    public IsIncidentCondition(IncidentTickets incidents, OurIssues ourIssues, CurrentUser currentUser) {
        super(currentUser);
        this.incidents = incidents;
        this.ourIssues = ourIssues;
    }

    @Override
    boolean mayApplyTo(Issue issue) {
        return ourIssues.mayBeIncident(issue);
    }

    @Override
    boolean appliesTo(String issueKey) {
        return incidents.find(issueKey).isPresent();
    }
}
