package io.postmortem.plugin.persistence.timeline;

import io.postmortem.plugin.persistence.UniquePairKey;
import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.EntryRevision;
import io.postmortem.core.timeline.EntrySource;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.core.timeline.TimelineRepository;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Timeline entries and their revisions in Jira's database. Every read is one statement (the entities are preloaded),
 * so a timeline of 2,000 entries costs what one of 10 does; every write stores the entry and its revision in one
 * transaction.
 */
public class AoTimelineRepository implements TimelineRepository {

    private final ActiveObjects ao;

    public AoTimelineRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<TimelineEntry> entriesOf(String incidentKey) {
        return Arrays.stream(ao.find(TimelineEntryEntity.class,
                        Query.select().where("INCIDENT_KEY = ? AND DELETED = ?", incidentKey, false).order("ID ASC")))
                .map(AoTimelineRepository::toDomain)
                .toList();
    }

    @Override
    public Optional<TimelineEntry> find(long id) {
        return row(id).map(AoTimelineRepository::toDomain);
    }

    @Override
    public TimelineEntry insert(TimelineEntry entry, String by, Instant changedAt) {
        String uniqueKey = UniquePairKey.of(entry.incidentKey(),
                entry.importId() == null ? "person:" + UUID.randomUUID() : entry.importId(), UniquePairKey.TIMELINE_LENGTH);
        try {
            return GuardedAo.inTransaction(ao, () -> {
                Map<String, Object> row = new HashMap<>();
                row.put("INCIDENT_KEY", entry.incidentKey());
                row.put("OCCURRED_AT", entry.at().toEpochMilli());
                row.put("TEAM", entry.team());
                row.put("AUTHOR", entry.author());
                row.put("KIND", entry.kind().name());
                row.put("ENTRY_TEXT", entry.text());
                row.put("EVIDENCE", entry.evidence());
                row.put("SOURCE", entry.source().name());
                row.put("IMPORT_ID", entry.importId());
                row.put("UNIQUE_KEY", uniqueKey);
                row.put("CREATED_AT", entry.createdAt().toEpochMilli());
                row.put("DELETED", entry.deleted());
                TimelineEntryEntity created = ao.create(TimelineEntryEntity.class, row);
                TimelineEntry stored = entry.withId(created.getID());
                revise(stored, EntryRevision.Change.CREATED, by, changedAt);
                return stored;
            });
        } catch (RuntimeException refused) {
            // The unique key refused a second import of the same event (another node, or a retry).
            if (entry.importId() != null && ao.count(TimelineEntryEntity.class,
                    Query.select().where("UNIQUE_KEY = ?", uniqueKey)) > 0) {
                throw new ConflictException("Event " + entry.importId() + " of " + entry.incidentKey()
                        + " is already on the timeline.", List.of("importId"));
            }
            throw refused;
        }
    }

    @Override
    public void update(TimelineEntry entry, EntryRevision.Change change, String by, Instant changedAt) {
        GuardedAo.inTransaction(ao, () -> {
            TimelineEntryEntity row = row(entry.id())
                    .orElseThrow(() -> new IllegalStateException("No stored timeline entry " + entry.id()));
            row.setOccurredAt(entry.at().toEpochMilli());
            row.setTeam(entry.team());
            row.setKind(entry.kind().name());
            row.setEntryText(entry.text());
            row.setEvidence(entry.evidence());
            row.setDeleted(entry.deleted());
            row.save();
            revise(entry, change, by, changedAt);
            return null;
        });
    }

    @Override
    public List<EntryRevision> historyOf(long entryId) {
        if (!isRowId(entryId)) {
            return List.of();
        }
        return Arrays.stream(ao.find(TimelineRevisionEntity.class,
                        Query.select().where("ENTRY_ID = ?", (int) entryId).order("ID ASC")))
                .map(r -> new EntryRevision(r.getEntryId(), EntryRevision.Change.valueOf(r.getChangeKind()),
                        r.getChangedBy(), Instant.ofEpochMilli(r.getChangedAt()), Instant.ofEpochMilli(r.getOccurredAt()),
                        r.getTeam(), EntryKind.valueOf(r.getKind()), r.getEntryText(), r.getEvidence()))
                .toList();
    }

    @Override
    public Set<String> importedIds(String incidentKey) {
        return Arrays.stream(ao.find(TimelineEntryEntity.class, Query.select("ID, IMPORT_ID")
                        .where("INCIDENT_KEY = ? AND IMPORT_ID IS NOT NULL", incidentKey)))
                .map(TimelineEntryEntity::getImportId)
                .collect(Collectors.toSet());
    }

    private void revise(TimelineEntry entry, EntryRevision.Change change, String by, Instant changedAt) {
        Map<String, Object> row = new HashMap<>();
        row.put("ENTRY_ID", (int) entry.id());
        row.put("CHANGE_KIND", change.name());
        row.put("CHANGED_BY", by);
        row.put("CHANGED_AT", changedAt.toEpochMilli());
        row.put("OCCURRED_AT", entry.at().toEpochMilli());
        row.put("TEAM", entry.team());
        row.put("KIND", entry.kind().name());
        row.put("ENTRY_TEXT", entry.text());
        row.put("EVIDENCE", entry.evidence());
        ao.create(TimelineRevisionEntity.class, row);
    }

    private Optional<TimelineEntryEntity> row(long id) {
        if (!isRowId(id)) {
            return Optional.empty();
        }
        TimelineEntryEntity[] rows = ao.find(TimelineEntryEntity.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** AO's ids are ints; a larger number names no row. */
    private static boolean isRowId(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    static TimelineEntry toDomain(TimelineEntryEntity row) {
        return new TimelineEntry(row.getID(), row.getIncidentKey(), Instant.ofEpochMilli(row.getOccurredAt()),
                row.getTeam(), row.getAuthor(), EntryKind.valueOf(row.getKind()), row.getEntryText(),
                row.getEvidence(), EntrySource.valueOf(row.getSource()), row.getImportId(),
                Instant.ofEpochMilli(row.getCreatedAt()), row.isDeleted());
    }
}
