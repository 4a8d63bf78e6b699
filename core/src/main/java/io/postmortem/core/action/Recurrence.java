package io.postmortem.core.action;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
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
