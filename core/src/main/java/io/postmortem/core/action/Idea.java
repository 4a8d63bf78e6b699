package io.postmortem.core.action;

import java.time.Instant;

/**
 * A candidate action the postmortem noted but has not committed to. It becomes an {@link Action} when promoted,
 * and may be marked as the same as an idea or action of an earlier postmortem, which is how recurrence is counted.
 *
 * @param promotedTo the action it became, if promoted
 * @param sameAs the earlier idea or action it repeats, if marked
 */
public record Idea(
        long id,
        String postmortemKey,
        String summary,
        String description,
        String createdBy,
        Instant createdAt,
        Long promotedTo,
        ItemRef sameAs) {

    public ItemRef ref() {
        return ItemRef.idea(id);
    }

    public boolean isPromoted() {
        return promotedTo != null;
    }

    public Idea withId(long newId) {
        return new Idea(newId, postmortemKey, summary, description, createdBy, createdAt, promotedTo, sameAs);
    }

    public Idea promotedTo(long actionId) {
        return new Idea(id, postmortemKey, summary, description, createdBy, createdAt, actionId, sameAs);
    }

    public Idea sameAs(ItemRef earlier) {
        return new Idea(id, postmortemKey, summary, description, createdBy, createdAt, promotedTo, earlier);
    }
}
