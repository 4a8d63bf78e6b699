package io.postmortem.core.testing.contract;

import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Meeting;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.postmortem.SectionRevision;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link PostmortemRepository} promises, the database's and the in-memory one alike: a test class
 * implements this with a fresh, empty repository per test, so the fake cannot drift from the SQL.
 */
public interface PostmortemRepositoryContract {
    Instant CREATED = Instant.parse("2026-11-20T15:30:00Z");

    /** A repository that holds no postmortem yet. */
    PostmortemRepository repository();

    @Test
    default void stores_and_reads_back_every_field() {
        PostmortemRepository repository = repository();
        Postmortem draft = draft("PM-1", "INC-1");
        repository.insert(draft);
        Postmortem written = draft.withContent(Map.of(Section.SUMMARY, "Checkout failed", Section.IMPACT, "40 min; ünïcode ✓"),
                        List.of(new RootCause("Retry storm", "dependency")), "None needed")
                .withMeeting(new Meeting(Instant.parse("2026-11-24T10:00:00Z"), 45, "Room 4", 2))
                .withStatus(PostmortemStatus.IN_REVIEW, Instant.parse("2026-11-24T11:00:00Z"));

        Postmortem saved = repository.update(written, List.of(
                new SectionRevision("PM-1", "SUMMARY", "Checkout failed", "dev-checkout", Instant.parse("2026-11-21T09:00:00Z"))));

        assertThat(saved.version()).isEqualTo(1);
        Postmortem read = repository.findByKey("PM-1").orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.section(Section.IMPACT)).isEqualTo("40 min; ünïcode ✓");
        assertThat(read.platform()).isEqualTo("payments");
        assertThat(read.owningTeam()).isEqualTo("checkout");
        assertThat(read.rootCauses()).containsExactly(new RootCause("Retry storm", "dependency"));
        assertThat(read.meeting().location()).isEqualTo("Room 4");
        assertThat(read.heldAt()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(repository.findByIncident("INC-1")).contains(saved);
        assertThat(repository.revisions("PM-1")).extracting(SectionRevision::author).containsExactly("dev-checkout");
        assertThat(repository.unpublished()).hasSize(1);
    }

    @Test
    default void a_second_postmortem_for_the_same_incident_is_refused() {
        PostmortemRepository repository = repository();
        repository.insert(draft("PM-1", "INC-1"));
        assertThatThrownBy(() -> repository.insert(draft("PM-2", "INC-1")))
                .isInstanceOf(PostmortemRepository.DuplicatePostmortemException.class);
        assertThat(repository.all()).extracting(Postmortem::key).containsExactly("PM-1");
    }

    @Test
    default void concurrent_inserts_for_one_incident_leave_exactly_one() throws Exception {
        PostmortemRepository repository = repository();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = "PM-" + i;
            Callable<String> insert = () -> {
                try {
                    repository.insert(draft(key, "INC-9"));
                    return "inserted";
                } catch (PostmortemRepository.DuplicatePostmortemException e) {
                    return "duplicate";
                }
            };
            results.add(pool.submit(insert));
        }
        int inserted = 0;
        for (Future<String> result : results) {
            inserted += result.get().equals("inserted") ? 1 : 0;
        }
        pool.shutdown();
        assertThat(inserted).isEqualTo(1);
        assertThat(repository.all()).hasSize(1);
    }

    @Test
    default void a_stale_update_is_refused_and_writes_nothing() {
        PostmortemRepository repository = repository();
        Postmortem draft = repository.insert(draft("PM-1", "INC-1"));
        repository.update(draft.withContent(Map.of(Section.SUMMARY, "first"), List.of(), null), List.of());

        assertThatThrownBy(() -> repository.update(draft.withContent(Map.of(Section.SUMMARY, "second"), List.of(), null),
                List.of(new SectionRevision("PM-1", "SUMMARY", "second", "x", CREATED))))
                .isInstanceOf(ConflictException.class);
        assertThat(repository.findByKey("PM-1").orElseThrow().section(Section.SUMMARY)).isEqualTo("first");
        assertThat(repository.revisions("PM-1")).isEmpty();
    }

    @Test
    default void a_linked_incident_finds_the_shared_postmortem_in_link_order() {
        PostmortemRepository repository = repository();
        Postmortem shared = repository.insert(draft("PM-1", "INC-1"));

        repository.linkIncident("PM-1", "INC-3", "mim", CREATED.plusSeconds(60));
        repository.linkIncident("PM-1", "INC-2", "mim", CREATED.plusSeconds(120));

        assertThat(repository.linkedIncidents("PM-1")).containsExactly("INC-3", "INC-2");
        assertThat(repository.findByIncident("INC-2")).contains(shared);
        assertThat(repository.findByIncident("INC-1")).contains(shared);
        assertThat(repository.findByIncident("INC-4")).isEmpty();
        assertThat(repository.all()).as("a link is not a postmortem").hasSize(1);
    }

    @Test
    default void an_incident_covered_by_a_postmortem_or_a_link_cannot_be_linked_again() {
        PostmortemRepository repository = repository();
        repository.insert(draft("PM-1", "INC-1"));
        repository.insert(draft("PM-2", "INC-2"));
        repository.linkIncident("PM-1", "INC-3", "mim", CREATED);

        assertThatThrownBy(() -> repository.linkIncident("PM-1", "INC-2", "mim", CREATED))
                .isInstanceOf(PostmortemRepository.DuplicatePostmortemException.class);
        assertThatThrownBy(() -> repository.linkIncident("PM-2", "INC-3", "mim", CREATED))
                .isInstanceOf(PostmortemRepository.DuplicatePostmortemException.class);
        assertThat(repository.linkedIncidents("PM-2")).isEmpty();
        assertThat(repository.findByIncident("INC-3").orElseThrow().key()).isEqualTo("PM-1");
    }

    @Test
    default void unlinking_frees_the_incident_and_touches_only_that_link() {
        PostmortemRepository repository = repository();
        repository.insert(draft("PM-1", "INC-1"));
        repository.linkIncident("PM-1", "INC-2", "mim", CREATED);
        repository.linkIncident("PM-1", "INC-3", "mim", CREATED.plusSeconds(1));

        assertThat(repository.unlinkIncident("PM-2", "INC-2")).isFalse();
        assertThat(repository.unlinkIncident("PM-1", "INC-2")).isTrue();
        assertThat(repository.unlinkIncident("PM-1", "INC-2")).isFalse();

        assertThat(repository.linkedIncidents("PM-1")).containsExactly("INC-3");
        assertThat(repository.findByIncident("INC-2")).isEmpty();
        repository.insert(draft("PM-2", "INC-2"));
        assertThat(repository.findByIncident("INC-2").orElseThrow().key()).isEqualTo("PM-2");
    }

    static Postmortem draft(String key, String incidentKey) {
        return new Postmortem(key, incidentKey, Severity.P2, "checkout", "payments", PostmortemStatus.DRAFT, LocalDate.of(2026, 11, 24),
                new Facilitator(Facilitator.Type.MIM, "mim"), Map.of(), List.of(), null, null, CREATED, null, null, 0);
    }
}
