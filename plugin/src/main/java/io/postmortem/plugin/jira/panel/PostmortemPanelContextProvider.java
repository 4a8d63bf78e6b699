package io.postmortem.plugin.jira.panel;

import com.atlassian.sal.api.ApplicationProperties;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.plugin.panel.PanelModels;

import java.util.Optional;

/** Context of the postmortem document on a Postmortem issue: the document panel's view model. */
public final class PostmortemPanelContextProvider extends IssuePanelContextProvider {
    private final PanelModels panelModels;

    public PostmortemPanelContextProvider(PanelModels panelModels, Actors actors,
                                         ApplicationProperties applicationProperties) {
        super(actors, applicationProperties);
        this.panelModels = panelModels;
    }

    @Override
    Optional<?> panel(String issueKey, Actor viewer) {
        return panelModels.postmortemPanel(issueKey, viewer);
    }
}
