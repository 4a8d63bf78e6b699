package io.postmortem.core.testing.contract;

import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.timeline.EntryContent;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.EntryRevision;
import io.postmortem.core.timeline.EntrySource;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.core.timeline.TimelineRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link TimelineRepository} promises, the database's and the in-memory one alike: a test class
 * implements this with a fresh, empty repository per test, so the fake cannot drift from the SQL.
 */
public interface TimelineRepositoryContract {
    Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
    Instant T = Instant.parse("2026-03-10T12:00:00Z");

    /** A repository that holds no entry yet. */
    TimelineRepository repository();

    static TimelineEntry written(String incident, Instant at, String team, EntryKind kind, String text) {
        return TimelineEntry.written(incident, new EntryContent(at, team, kind, text, null), "alice", NOW);
    }

    static TimelineEntry imported(String incident, String importId) {
        return new TimelineEntry(0, incident, T, "payments", "bob", EntryKind.NOTE, "Imported " + importId, null,
                EntrySource.INCIDENT_HISTORY, importId, NOW, false);
    }

    @Test
    default void stores_and_reads_back_every_field() {
        TimelineRepository repository = repository();
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
    default void ids_increase_in_creation_order() {
        TimelineRepository repository = repository();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(repository.insert(written("INC-1", T, "payments", EntryKind.NOTE, "n" + i), "alice", NOW).id());
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    default void the_timeline_leaves_out_deleted_entries_and_other_incidents() {
        TimelineRepository repository = repository();
        TimelineEntry kept = repository.insert(written("INC-1", T, "payments", EntryKind.DETECTED, "kept"), "alice", NOW);
        TimelineEntry gone = repository.insert(written("INC-1", T, "search", EntryKind.NOTE, "gone"), "alice", NOW);
        repository.insert(written("INC-2", T, "payments", EntryKind.NOTE, "other incident"), "alice", NOW);

        repository.update(gone.asDeleted(), EntryRevision.Change.DELETED, "alice", NOW.plusSeconds(60));

        assertThat(repository.entriesOf("INC-1")).containsExactly(kept);
        assertThat(repository.find(gone.id())).get().matches(TimelineEntry::deleted);
    }

    @Test
    default void an_update_writes_the_entry_and_appends_a_revision() {
        TimelineRepository repository = repository();
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
    default void imported_ids_include_deleted_entries_and_only_this_incidents() {
        TimelineRepository repository = repository();
        TimelineEntry first = repository.insert(imported("INC-1", "h-1"), "bob", NOW);
        repository.insert(imported("INC-1", "h-2"), "bob", NOW);
        repository.insert(imported("INC-2", "h-3"), "bob", NOW);
        repository.insert(written("INC-1", T, "payments", EntryKind.NOTE, "typed"), "alice", NOW);

        repository.update(first.asDeleted(), EntryRevision.Change.DELETED, "bob", NOW);

        assertThat(repository.importedIds("INC-1")).containsExactlyInAnyOrder("h-1", "h-2");
    }

    @Test
    default void the_unique_key_refuses_a_second_import_of_an_event_but_not_typed_entries() {
        TimelineRepository repository = repository();
        repository.insert(imported("INC-1", "h-1"), "bob", NOW);
        repository.insert(imported("INC-2", "h-1"), "bob", NOW);
        for (int i = 0; i < 3; i++) {
            repository.insert(written("INC-1", T, "payments", EntryKind.NOTE, "typed " + i), "alice", NOW);
        }

        assertThatThrownBy(() -> repository.insert(imported("INC-1", "h-1"), "bob", NOW))
                .isInstanceOf(ConflictException.class);

        assertThat(repository.entriesOf("INC-1")).hasSize(4);
        assertThat(repository.entriesOf("INC-1")).flatExtracting(e -> repository.historyOf(e.id())).hasSize(4);
    }

    @Test
    default void unknown_ids_find_nothing() {
        TimelineRepository repository = repository();
        assertThat(repository.find(1)).isEmpty();
        assertThat(repository.find(0)).isEmpty();
        assertThat(repository.find(Long.MAX_VALUE)).isEmpty();
        assertThat(repository.historyOf(42)).isEmpty();
        assertThatThrownBy(() -> repository.update(written("INC-1", T, "payments", EntryKind.NOTE, "x").withId(7),
                EntryRevision.Change.EDITED, "alice", NOW)).isInstanceOf(IllegalStateException.class);
    }
}
