package io.postmortem.core.learning;

import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.action.ActionStatus;

import java.util.List;

/** The actions a postmortem raised, read from the action store, for the learnings' summaries and exports. */
public final class ActionsOfPostmortems implements ActionSummaries {
    private final ActionRepository actions;

    public ActionsOfPostmortems(ActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public List<ActionSummary> actionsOf(String postmortemKey) {
        return actions.byPostmortem(postmortemKey).stream()
                .map(a -> new ActionSummary(a.problemKey(), a.summary(), a.team(), a.dueDate(),
                        a.status() == ActionStatus.DONE))
                .toList();
    }

}
