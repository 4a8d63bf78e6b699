package io.postmortem.core.action;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How many postmortems raised the same idea or action. Ideas and actions are joined by "same as" marks and by
 * promotion (an idea and the action it became are one item); the count is the number of distinct postmortems
 * among everything so joined. "Same as" always points to an earlier postmortem, and the walk keeps a visited set,
 * so it ends.
 */
public final class Recurrence {
    private final ActionRepository actions;
    private final IdeaRepository ideas;

    public Recurrence(ActionRepository actions, IdeaRepository ideas) {
        this.actions = actions;
        this.ideas = ideas;
    }

    /**
     * The count of each of these actions (by id), as a list shows them, at a cost that does not grow with the list:
     * one statement finds the ideas marked the same as any of them, and only an action joined to something (the idea
     * it was promoted from, or an idea marked the same as it) is walked. Any other action counts its own postmortem.
     */
    public Map<Long, Integer> counts(List<Action> listed) {
        Set<Long> marked = new HashSet<>();
        ideas.ideasSameAsActions(listed.stream().map(Action::id).toList())
                .forEach(idea -> marked.add(idea.sameAs().id()));
        Map<Long, Integer> counts = new HashMap<>();
        for (Action action : listed) {
            boolean joined = action.ideaId() != null || marked.contains(action.id());
            counts.put(action.id(), joined ? count(action.ref()) : 1);
        }
        return counts;
    }

    public int count(ItemRef start) {
        Set<ItemRef> seen = new HashSet<>();
        Set<String> postmortems = new HashSet<>();
        Deque<ItemRef> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            ItemRef ref = todo.poll();
            if (!seen.add(ref)) {
                continue;
            }
            if (ref.kind() == ItemRef.Kind.IDEA) {
                Optional<Idea> idea = ideas.idea(ref.id());
                if (idea.isEmpty()) {
                    continue;
                }
                postmortems.add(idea.get().postmortemKey());
                if (idea.get().sameAs() != null) {
                    todo.add(idea.get().sameAs());
                }
                if (idea.get().promotedTo() != null) {
                    todo.add(ItemRef.action(idea.get().promotedTo()));
                }
            } else {
                Optional<Action> action = actions.byId(ref.id());
                if (action.isEmpty()) {
                    continue;
                }
                postmortems.add(action.get().postmortemKey());
                if (action.get().ideaId() != null) {
                    todo.add(ItemRef.idea(action.get().ideaId()));
                }
            }
            ideas.ideasSameAs(ref).forEach(later -> todo.add(later.ref()));
        }
        return Math.max(1, postmortems.size());
    }
}
