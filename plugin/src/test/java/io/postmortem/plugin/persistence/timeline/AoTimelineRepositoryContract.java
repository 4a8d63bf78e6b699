package io.postmortem.plugin.persistence.timeline;

import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.timeline.EntryContent;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.EntryRevision;
import io.postmortem.core.timeline.EntrySource;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The timeline repository against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class AoTimelineRepositoryContract extends ActiveObjectsTestCase {
    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
    private static final Instant T = Instant.parse("2026-03-10T12:00:00Z");

    private AoTimelineRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(TimelineEntryEntity.class, TimelineRevisionEntity.class);
        repository = new AoTimelineRepository(ao);
    }

    private static TimelineEntry written(String incident, Instant at, String team, EntryKind kind, String text) {
        return TimelineEntry.written(incident, new EntryContent(at, team, kind, text, null), "alice", NOW);
    }

    private static TimelineEntry imported(String incident, String importId) {
        return new TimelineEntry(0, incident, T, "payments", "bob", EntryKind.NOTE, "Imported " + importId, null,
                EntrySource.INCIDENT_HISTORY, importId, NOW, false);
    }

    @Test
    void stores_and_reads_back_every_field() {
        String longText = "ü✓ ".repeat(666) + "ab";
        TimelineEntry entry = new TimelineEntry(0, "INC-1", Instant.parse("2026-03-10T12:34:56.789Z"), "payments",
                "alice", EntryKind.MITIGATED, longText, "https://grafana.example.com/d/pay?from=now-6h",
                EntrySource.INCIDENT_COMMENT, "m-5", NOW, false);

        TimelineEntry stored = repository.insert(entry, "mia", NOW);

        assertThat(longText).hasSize(2_000);
        assertThat(stored.id()).isPositive();
        assertThat(stored).isEqualTo(entry.withId(stored.id()));
        assertThat(repository.find(stored.id())).contains(stored);
        assertThat(repository.entriesOf("INC-1")).containsExactly(stored);
        assertThat(repository.historyOf(stored.id())).singleElement()
                .isEqualTo(EntryRevision.of(stored, EntryRevision.Change.CREATED, "mia", NOW));
    }

    @Test
    void ids_increase_in_creation_order() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(repository.insert(written("INC-1", T, "payments", EntryKind.NOTE, "n" + i), "alice", NOW).id());
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void the_timeline_leaves_out_deleted_entries_and_other_incidents() {
        TimelineEntry kept = repository.insert(written("INC-1", T, "payments", EntryKind.DETECTED, "kept"), "alice", NOW);
        TimelineEntry gone = repository.insert(written("INC-1", T, "search", EntryKind.NOTE, "gone"), "alice", NOW);
        repository.insert(written("INC-2", T, "payments", EntryKind.NOTE, "other incident"), "alice", NOW);

        repository.update(gone.asDeleted(), EntryRevision.Change.DELETED, "alice", NOW.plusSeconds(60));

        assertThat(repository.entriesOf("INC-1")).containsExactly(kept);
        assertThat(repository.find(gone.id())).get().matches(TimelineEntry::deleted);
    }

    @Test
    void an_update_writes_the_entry_and_appends_a_revision() {
        TimelineEntry entry = repository.insert(written("INC-1", T, "payments", EntryKind.DETECTED, "Alert"), "alice", NOW);
        TimelineEntry edited = entry.withContent(new EntryContent(T.minusSeconds(120), "search", EntryKind.MITIGATED,
                "Failover", "https://status.example.com/x"));

        repository.update(edited, EntryRevision.Change.EDITED, "alice", NOW.plusSeconds(60));
        repository.update(edited.asDeleted(), EntryRevision.Change.DELETED, "alice", NOW.plusSeconds(120));

        assertThat(repository.find(entry.id())).contains(edited.asDeleted());
        assertThat(repository.historyOf(entry.id()))
                .extracting(EntryRevision::change, EntryRevision::changedAt, EntryRevision::at, EntryRevision::team,
                        EntryRevision::kind, EntryRevision::text, EntryRevision::evidence)
                .containsExactly(
                        tuple(EntryRevision.Change.CREATED, NOW, T, "payments", EntryKind.DETECTED, "Alert", null),
                        tuple(EntryRevision.Change.EDITED, NOW.plusSeconds(60), T.minusSeconds(120), "search",
                                EntryKind.MITIGATED, "Failover", "https://status.example.com/x"),
                        tuple(EntryRevision.Change.DELETED, NOW.plusSeconds(120), T.minusSeconds(120), "search",
                                EntryKind.MITIGATED, "Failover", "https://status.example.com/x"));
    }

    @Test
    void an_insert_whose_revision_fails_leaves_no_entry() {
        // A null author of the change violates the revision's NOT NULL column after the entry row was written.
        assertThatThrownBy(() -> repository.insert(written("INC-1", T, "payments", EntryKind.NOTE, "x"), null, NOW))
                .isInstanceOf(RuntimeException.class);

        assertThat(repository.entriesOf("INC-1")).isEmpty();
        assertThat(ao.count(TimelineEntryEntity.class)).isZero();
    }

    @Test
    void an_update_whose_revision_fails_changes_nothing() {
        TimelineEntry entry = repository.insert(written("INC-1", T, "payments", EntryKind.NOTE, "before"), "alice", NOW);
        TimelineEntry changed = entry.withContent(new EntryContent(T, "payments", EntryKind.NOTE, "after", null));

        assertThatThrownBy(() -> repository.update(changed, EntryRevision.Change.EDITED, null, NOW))
                .isInstanceOf(RuntimeException.class);

        database.entityManager().flushAll();
        assertThat(repository.find(entry.id())).get().extracting(TimelineEntry::text).isEqualTo("before");
        assertThat(repository.historyOf(entry.id())).hasSize(1);
    }

    @Test
    void imported_ids_include_deleted_entries_and_only_this_incidents() {
        TimelineEntry first = repository.insert(imported("INC-1", "h-1"), "bob", NOW);
        repository.insert(imported("INC-1", "h-2"), "bob", NOW);
        repository.insert(imported("INC-2", "h-3"), "bob", NOW);
        repository.insert(written("INC-1", T, "payments", EntryKind.NOTE, "typed"), "alice", NOW);

        repository.update(first.asDeleted(), EntryRevision.Change.DELETED, "bob", NOW);

        assertThat(repository.importedIds("INC-1")).containsExactlyInAnyOrder("h-1", "h-2");
    }

    @Test
    void the_unique_key_refuses_a_second_import_of_an_event_but_not_typed_entries() {
        repository.insert(imported("INC-1", "h-1"), "bob", NOW);
        repository.insert(imported("INC-2", "h-1"), "bob", NOW);
        for (int i = 0; i < 3; i++) {
            repository.insert(written("INC-1", T, "payments", EntryKind.NOTE, "typed " + i), "alice", NOW);
        }

        assertThatThrownBy(() -> repository.insert(imported("INC-1", "h-1"), "bob", NOW))
                .isInstanceOf(ConflictException.class);

        assertThat(repository.entriesOf("INC-1")).hasSize(4);
        assertThat(ao.count(TimelineRevisionEntity.class)).isEqualTo(5);
    }

    @Test
    void pairs_longer_than_the_key_column_are_hashed_and_stay_unique() {
        // Each part fits its own column (255); together they exceed the unique key's 450.
        String incident = "INC-" + "7".repeat(240);
        String longId = "h-" + "9".repeat(240);
        repository.insert(imported(incident, longId), "bob", NOW);
        repository.insert(imported(incident, longId.replace("h-", "m-")), "bob", NOW);

        assertThatThrownBy(() -> repository.insert(imported(incident, longId), "bob", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(repository.entriesOf(incident)).hasSize(2);
        assertThat(repository.importedIds(incident)).contains(longId);
    }

    @Test
    void unknown_ids_find_nothing() {
        assertThat(repository.find(1)).isEmpty();
        assertThat(repository.find(0)).isEmpty();
        assertThat(repository.find(Long.MAX_VALUE)).isEmpty();
        assertThat(repository.historyOf(42)).isEmpty();
        assertThatThrownBy(() -> repository.update(written("INC-1", T, "payments", EntryKind.NOTE, "x").withId(7),
                EntryRevision.Change.EDITED, "alice", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(ao.count(TimelineRevisionEntity.class)).isZero();
    }
}
