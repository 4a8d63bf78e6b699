package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.plugin.jira.incident.OurIssues;
import io.postmortem.plugin.panel.PanelModels;

import java.util.List;
import java.util.Optional;

/** Context of the incident's postmortem panels: the incident panel's view model. */
public final class IncidentPanelContextProvider extends IssuePanelContextProvider {
    private final PanelModels panelModels;
    private final OurIssues ourIssues;

    public IncidentPanelContextProvider(PanelModels panelModels, OurIssues ourIssues, Actors actors,
                                       ApplicationProperties applicationProperties, PanelWebResources webResources) {
        super(actors, applicationProperties, webResources);
        this.ourIssues = ourIssues;
        this.panelModels = panelModels;
    }

    @Override
    boolean mayHavePanel(Issue issue) {
        return ourIssues.mayBeIncident(issue);
    }

    @Override
    Optional<?> panel(String issueKey, Actor viewer) {
        return panelModels.incidentPanel(issueKey, viewer);
    }

    /** Both incident panels (postmortem and timeline) use this provider and show together, so either requires all. */
    @Override
    List<String> webResources() {
        return List.of(PanelWebResources.PANELS, PanelWebResources.ACTIONS, PanelWebResources.LEARNING,
                PanelWebResources.TIMELINE);
    }
}
