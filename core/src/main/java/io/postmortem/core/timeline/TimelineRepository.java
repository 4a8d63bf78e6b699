package io.postmortem.core.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where timeline entries and their revisions are kept. Reading a whole timeline is one call
 * ({@link #entriesOf}), so showing the panel costs the same number of queries however long the timeline is.
 * Every write stores the entry and its revision together (one transaction in a database implementation).
 */
public interface TimelineRepository {

    /** The incident's entries that are not deleted, in any order ({@link Timeline} orders them). */
    List<TimelineEntry> entriesOf(String incidentKey);

    /** The entry with this id, deleted or not; empty when there is none. */
    Optional<TimelineEntry> find(long id);

    /**
     * Stores a new entry (its {@code id} is ignored) with a {@link EntryRevision.Change#CREATED} revision by
     * {@code by} at {@code changedAt}, and returns it with the id the store assigned. Ids increase in creation
     * order: the timeline uses them to order entries with equal times.
     */
    TimelineEntry insert(TimelineEntry entry, String by, Instant changedAt);

    /** Overwrites the stored entry of the same id (content and deleted flag) and appends a revision. */
    void update(TimelineEntry entry, EntryRevision.Change change, String by, Instant changedAt);

    /** The entry's revisions, oldest first. */
    List<EntryRevision> historyOf(long entryId);

    /**
     * Import ids of every entry of the incident, deleted ones included, so that an imported entry someone deleted
     * is not imported again.
     */
    Set<String> importedIds(String incidentKey);
}
