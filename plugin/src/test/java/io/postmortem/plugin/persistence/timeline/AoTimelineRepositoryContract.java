package io.postmortem.plugin.persistence.timeline;

import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.timeline.EntryContent;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.EntryRevision;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.core.timeline.TimelineRepository;
import io.postmortem.core.testing.contract.TimelineRepositoryContract;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static io.postmortem.core.testing.contract.TimelineRepositoryContract.imported;
import static io.postmortem.core.testing.contract.TimelineRepositoryContract.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The timeline repository against a real database; run on H2, PostgreSQL and MySQL by the subclasses. The port's
 * contract ({@link TimelineRepositoryContract}) runs here and against the core's in-memory fake; what only a
 * database shows (a transaction rolled back, the hashed unique key, rows counted) stays here.
 */
abstract class AoTimelineRepositoryContract extends ActiveObjectsTestCase implements TimelineRepositoryContract {

    private AoTimelineRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(TimelineEntryEntity.class, TimelineRevisionEntity.class);
        repository = new AoTimelineRepository(ao);
    }

    @Override
    public TimelineRepository repository() {
        return repository;
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
    void a_refused_import_writes_no_row_and_unknown_ids_no_revision() {
        repository.insert(imported("INC-1", "h-1"), "bob", NOW);
        assertThatThrownBy(() -> repository.insert(imported("INC-1", "h-1"), "bob", NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> repository.update(written("INC-1", T, "payments", EntryKind.NOTE, "x").withId(7),
                EntryRevision.Change.EDITED, "alice", NOW)).isInstanceOf(IllegalStateException.class);

        assertThat(ao.count(TimelineEntryEntity.class)).isEqualTo(1);
        assertThat(ao.count(TimelineRevisionEntity.class)).isEqualTo(1);
    }
}
