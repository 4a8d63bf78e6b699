package io.postmortem.core.timeline;

import java.time.Instant;

/**
 * One recorded change of an entry: who changed it, when, and the entry's content right after the change (for a
 * deletion, the content it had when it was deleted). An entry's revisions, oldest first, are its full history.
 */
public record EntryRevision(
        long entryId,
        Change change,
        String by,
        Instant changedAt,
        Instant at,
        String team,
        EntryKind kind,
        String text,
        String evidence) {

    public enum Change {
        CREATED, EDITED, DELETED
    }

    public static EntryRevision of(TimelineEntry entry, Change change, String by, Instant changedAt) {
        return new EntryRevision(entry.id(), change, by, changedAt, entry.at(), entry.team(), entry.kind(),
                entry.text(), entry.evidence());
    }
}
