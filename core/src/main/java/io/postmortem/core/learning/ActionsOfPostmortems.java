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
        return actions.byPostmortem(postmortemKey).stream().map(ActionsOfPostmortems::summary).toList();
    }

    /** One read of the action store for all of them (see {@link ActionRepository#byPostmortems}). */
    @Override
    public java.util.Map<String, List<ActionSummary>> actionsOf(java.util.Collection<String> postmortemKeys) {
        java.util.Map<String, List<ActionSummary>> byKey = new java.util.LinkedHashMap<>();
        postmortemKeys.forEach(key -> byKey.put(key, new java.util.ArrayList<>()));
        if (!byKey.isEmpty()) {
            // A key the store matched without regard to case (MySQL's default collation) is not one of ours: skipped.
            actions.byPostmortems(byKey.keySet()).forEach(a -> {
                List<ActionSummary> list = byKey.get(a.postmortemKey());
                if (list != null) {
                    list.add(summary(a));
                }
            });
        }
        byKey.replaceAll((key, list) -> List.copyOf(list));
        return byKey;
    }

    private static ActionSummary summary(io.postmortem.core.action.Action a) {
        return new ActionSummary(a.problemKey(), a.summary(), a.team(), a.dueDate(), a.status() == ActionStatus.DONE);
    }

}
