package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.plugin.jira.incident.OurIssues;
import io.postmortem.plugin.panel.ProblemPanels;

import java.util.List;
import java.util.Optional;

/** Context of the action panel on a Problem ticket: its postmortem and incident, from {@link ProblemPanels}. */
public final class ProblemPanelContextProvider extends IssuePanelContextProvider {
    private final ProblemPanels problemPanels;
    private final OurIssues ourIssues;

    public ProblemPanelContextProvider(ProblemPanels problemPanels, OurIssues ourIssues, Actors actors,
                                       ApplicationProperties applicationProperties, PanelWebResources webResources) {
        super(actors, applicationProperties, webResources);
        this.ourIssues = ourIssues;
        this.problemPanels = problemPanels;
    }

    @Override
    boolean mayHavePanel(Issue issue) {
        return ourIssues.mayBeProblemTicket(issue);
    }

    @Override
    Optional<?> panel(String issueKey, Actor viewer) {
        return problemPanels.problemPanel(issueKey, viewer);
    }

    @Override
    List<String> webResources() {
        return List.of(PanelWebResources.PANELS);
    }
}
