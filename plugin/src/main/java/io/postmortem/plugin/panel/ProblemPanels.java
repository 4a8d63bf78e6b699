package io.postmortem.plugin.panel;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.config.ConfigurationStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Builds the Problem-ticket panel's view model; Jira's context provider and the sandbox both call this. */
public final class ProblemPanels {
    private final ActionRepository actions;
    private final Permissions permissions;
    private final ConfigurationStore configurationStore;
    private final Clock clock;

    public ProblemPanels(ActionRepository actions, Permissions permissions, ConfigurationStore configurationStore,
                         Clock clock) {
        this.actions = actions;
        this.permissions = permissions;
        this.configurationStore = configurationStore;
        this.clock = clock;
    }

    /** Whether the issue is the Problem ticket of an action (the panel's condition). */
    public boolean isProblemTicket(String issueKey) {
        return issueKey != null && actions.byProblemKey(issueKey).isPresent();
    }

    /** The panel, or empty when the issue tracks no action. */
    public Optional<ProblemPanel> problemPanel(String issueKey, Actor viewer) {
        if (issueKey == null) {
            return Optional.empty();
        }
        return actions.byProblemKey(issueKey).map(action -> panel(action, viewer));
    }

    private ProblemPanel panel(Action action, Actor viewer) {
        LocalDate today = configurationStore.load().policies().calendar().dayOf(clock.instant());
        return new ProblemPanel(action.problemKey(), action.postmortemKey(), action.incidentKey(),
                permissions.canBrowseIssue(viewer.username(), action.postmortemKey()),
                permissions.canBrowseIssue(viewer.username(), action.incidentKey()),
                action.team(), action.dueDate().toString(),
                "postmortem.actions.status." + action.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                action.isOverdue(today));
    }
}
