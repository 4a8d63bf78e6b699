package io.postmortem.plugin.jira.panel;

import com.atlassian.sal.api.ApplicationProperties;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.plugin.panel.ProblemPanels;

import java.util.Optional;

/** Context of the action panel on a Problem ticket: its postmortem and incident, from {@link ProblemPanels}. */
public final class ProblemPanelContextProvider extends IssuePanelContextProvider {
    private final ProblemPanels problemPanels;

    public ProblemPanelContextProvider(ProblemPanels problemPanels, Actors actors,
                                       ApplicationProperties applicationProperties) {
        super(actors, applicationProperties);
        this.problemPanels = problemPanels;
    }

    @Override
    Optional<?> panel(String issueKey, Actor viewer) {
        return problemPanels.problemPanel(issueKey, viewer);
    }
}
