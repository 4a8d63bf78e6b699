package io.postmortem.core.action;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a postmortem's candidate ideas are kept, apart from its committed actions. Method names differ from
 * {@link ActionRepository}'s so one store may implement both.
 */
public interface IdeaRepository {

    Idea insert(Idea idea);

    Idea update(Idea idea);

    Optional<Idea> idea(long id);

    /** A postmortem's ideas, oldest first. */
    List<Idea> ideasOf(String postmortemKey);

    /** Ideas marked the same as {@code target}. */
    List<Idea> ideasSameAs(ItemRef target);

    /**
     * Ideas marked the same as any of these actions, for a list of actions that shows each one's recurrence. A
     * store answers in one statement; this default asks once per action.
     */
    default List<Idea> ideasSameAsActions(java.util.Collection<Long> actionIds) {
        return actionIds.stream().flatMap(id -> ideasSameAs(ItemRef.action(id)).stream()).toList();
    }

    /** Ideas created before {@code instant}, oldest first. */
    List<Idea> ideasCreatedBefore(Instant instant);

    /**
     * Ideas not promoted, created before {@code before}, whose summary contains one of {@code words} as they are
     * given (a superset of what a caller wants: it scores what it gets), newest first, at most {@code limit}.
     */
    List<Idea> unpromotedWithSummaryWords(Set<String> words, Instant before, int limit);
}
