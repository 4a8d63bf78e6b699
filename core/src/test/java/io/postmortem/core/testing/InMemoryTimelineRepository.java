package io.postmortem.core.testing;

import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.timeline.EntryRevision;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.core.timeline.TimelineRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The repository port in memory. {@link #entriesOf} answers newest first on purpose: the port promises no order,
 * so the timeline must order entries itself. Counts calls so tests can check the view's query budget. Like the
 * database's unique key, it refuses a second import of one event into one incident's timeline.
 */
public final class InMemoryTimelineRepository implements TimelineRepository {
    private final Map<Long, TimelineEntry> entries = new LinkedHashMap<>();
    private final List<EntryRevision> revisions = new ArrayList<>();
    private long nextId = 1;
    public int calls;

    @Override
    public List<TimelineEntry> entriesOf(String incidentKey) {
        calls++;
        return entries.values().stream()
                .filter(e -> e.incidentKey().equals(incidentKey) && !e.deleted())
                .sorted(Comparator.comparingLong(TimelineEntry::id).reversed())
                .toList();
    }

    @Override
    public Optional<TimelineEntry> find(long id) {
        calls++;
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public TimelineEntry insert(TimelineEntry entry, String by, Instant changedAt) {
        calls++;
        if (entry.importId() != null && entries.values().stream().anyMatch(e -> e.incidentKey()
                .equals(entry.incidentKey()) && entry.importId().equals(e.importId()))) {
            throw new ConflictException("Event " + entry.importId() + " of " + entry.incidentKey()
                    + " is already on the timeline.", List.of("importId"));
        }
        TimelineEntry stored = entry.withId(nextId++);
        entries.put(stored.id(), stored);
        revisions.add(EntryRevision.of(stored, EntryRevision.Change.CREATED, by, changedAt));
        return stored;
    }

    @Override
    public void update(TimelineEntry entry, EntryRevision.Change change, String by, Instant changedAt) {
        calls++;
        if (!entries.containsKey(entry.id())) {
            throw new IllegalStateException("no entry " + entry.id());
        }
        entries.put(entry.id(), entry);
        revisions.add(EntryRevision.of(entry, change, by, changedAt));
    }

    @Override
    public List<EntryRevision> historyOf(long entryId) {
        calls++;
        return revisions.stream().filter(r -> r.entryId() == entryId).toList();
    }

    @Override
    public Set<String> importedIds(String incidentKey) {
        calls++;
        return entries.values().stream()
                .filter(e -> e.incidentKey().equals(incidentKey) && e.importId() != null)
                .map(TimelineEntry::importId)
                .collect(Collectors.toSet());
    }

    /** Every stored entry of the incident, deleted ones too, in creation order. */
    public List<TimelineEntry> stored(String incidentKey) {
        return entries.values().stream().filter(e -> e.incidentKey().equals(incidentKey)).toList();
    }
}
