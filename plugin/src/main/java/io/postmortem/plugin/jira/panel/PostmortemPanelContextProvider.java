package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.plugin.jira.incident.OurIssues;
import io.postmortem.plugin.panel.PanelModels;

import java.util.List;
import java.util.Optional;

/** Context of the postmortem document on a Postmortem issue: the document panel's view model. */
public final class PostmortemPanelContextProvider extends IssuePanelContextProvider {
    private final PanelModels panelModels;
    private final OurIssues ourIssues;

    public PostmortemPanelContextProvider(PanelModels panelModels, OurIssues ourIssues, Actors actors,
                                         ApplicationProperties applicationProperties, PanelWebResources webResources) {
        super(actors, applicationProperties, webResources);
        this.ourIssues = ourIssues;
        this.panelModels = panelModels;
    }

    @Override
    boolean mayHavePanel(Issue issue) {
        return ourIssues.mayBePostmortem(issue);
    }

    @Override
    Optional<?> panel(String issueKey, Actor viewer) {
        return panelModels.postmortemPanel(issueKey, viewer);
    }

    @Override
    List<String> webResources() {
        return List.of(PanelWebResources.PANELS, PanelWebResources.TIMELINE, PanelWebResources.ACTIONS,
                PanelWebResources.LEARNING);
    }
}
