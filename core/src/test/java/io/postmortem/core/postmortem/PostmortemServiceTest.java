package io.postmortem.core.postmortem;

import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostmortemServiceTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Friday 20 November 2026, 15:30 in London. */
    private static final Instant FRIDAY_AFTERNOON = ZonedDateTime.of(2026, 11, 20, 15, 30, 0, 0, LONDON).toInstant();

    private final TestOrganisation org = new TestOrganisation();
    private final InMemoryPostmortems store = new InMemoryPostmortems();
    private final MutableClock clock = new MutableClock(FRIDAY_AFTERNOON);
    private final PostmortemService service = new PostmortemService(org, store, store, org, org, org, clock,
            List.of(new ContentPublishCheck()), List.of());

    @Test
    void a_p2_resolved_on_friday_afternoon_is_due_tuesday_and_run_by_mim() {
        org.incident("INC-1", Severity.P2, "checkout", List.of("ledger"), FRIDAY_AFTERNOON.minusSeconds(7200), FRIDAY_AFTERNOON);

        service.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "INC-1", "dev-checkout"));

        Postmortem postmortem = store.findByIncident("INC-1").orElseThrow();
        assertThat(postmortem.dueDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(postmortem.facilitator()).isEqualTo(new Facilitator(Facilitator.Type.MIM, TestOrganisation.MIM_GROUP));
        assertThat(postmortem.status()).isEqualTo(PostmortemStatus.DRAFT);
        assertThat(postmortem.severity()).isEqualTo(Severity.P2);
        assertThat(postmortem.owningTeam()).isEqualTo("checkout");
        assertThat(postmortem.platform()).isEqualTo("payments");
    }

    @Test
    void a_p3_is_run_by_its_owning_team() {
        org.incident("INC-2", Severity.P3, "search", List.of(), FRIDAY_AFTERNOON.minusSeconds(3600), FRIDAY_AFTERNOON);

        service.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "INC-2", "dev-search"));

        assertThat(store.findByIncident("INC-2").orElseThrow().facilitator())
                .isEqualTo(new Facilitator(Facilitator.Type.TEAM, "search"));
    }

    @Test
    void a_p4_gets_no_postmortem_until_someone_who_can_edit_it_creates_one() {
        org.incident("INC-3", Severity.P4, "checkout", List.of(), FRIDAY_AFTERNOON.minusSeconds(3600), FRIDAY_AFTERNOON);

        service.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "INC-3", "dev-checkout"));
        assertThat(store.findByIncident("INC-3")).isEmpty();

        assertThatThrownBy(() -> service.createFor("INC-3", org.actor("dev-search")))
                .isInstanceOf(ForbiddenException.class);
        PostmortemService.Creation creation = service.createFor("INC-3", org.actor("dev-checkout"));
        assertThat(creation.created()).isTrue();
        assertThat(creation.postmortem().facilitator().name()).isEqualTo("checkout");
        assertThat(service.createFor("INC-3", org.actor("dev-checkout")).created()).isFalse();
    }

    @Test
    void unresolved_and_unknown_events_create_nothing() {
        org.incident("INC-4", Severity.P1, "checkout", List.of(), FRIDAY_AFTERNOON, null);
        service.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "INC-4", "dev-checkout"));
        service.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, "INC-4", "dev-checkout"));
        service.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "NOPE-1", "dev-checkout"));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void concurrent_triggers_and_a_reopen_resolve_cycle_leave_exactly_one() throws Exception {
        org.incident("INC-5", Severity.P1, "checkout", List.of(), FRIDAY_AFTERNOON.minusSeconds(3600), FRIDAY_AFTERNOON);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean byHand = i % 2 == 0;
            futures.add(pool.submit(() -> {
                start.await();
                if (byHand) {
                    service.createFor("INC-5", org.actor("dev-checkout"));
                } else {
                    service.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "INC-5", "dev-checkout"));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();
        service.handle(TicketEvent.of(TicketEvent.Kind.REOPENED, "INC-5", "dev-checkout"));
        org.resolve("INC-5", FRIDAY_AFTERNOON.plusSeconds(86_400));
        service.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "INC-5", "dev-checkout"));

        assertThat(store.all()).hasSize(1);
        assertThat(store.ticketsCreated).hasSize(1);
    }

    @Test
    void a_lost_race_on_another_node_removes_the_extra_ticket() {
        org.incident("INC-6", Severity.P1, "checkout", List.of(), FRIDAY_AFTERNOON.minusSeconds(3600), FRIDAY_AFTERNOON);
        PostmortemService otherNode = new PostmortemService(org, new RacingRepository(store), store, org, org, org, clock, List.of(), List.of());

        PostmortemService.Creation creation = otherNode.createFor("INC-6", org.actor("dev-checkout"));

        assertThat(creation.created()).isFalse();
        assertThat(store.ticketsDeleted).hasSize(1);
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void creating_for_a_non_incident_is_a_400_and_for_an_unknown_key_a_404() {
        org.otherIssue("CHK-9");
        assertThatThrownBy(() -> service.createFor("CHK-9", org.actor("admin")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("incidentKey"));
        assertThatThrownBy(() -> service.createFor("INC-404", org.actor("admin"))).isInstanceOf(NotFoundException.class);
        org.incident("INC-7", Severity.P3, "checkout", List.of(), FRIDAY_AFTERNOON, FRIDAY_AFTERNOON);
        assertThatThrownBy(() -> service.createFor("INC-7", org.actor("outsider"))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void impacted_teams_edit_the_draft_and_every_edit_is_kept() {
        Postmortem postmortem = p1("INC-8");
        service.update(postmortem.key(), change(Map.of(Section.SUMMARY, "Checkout failed for 40 minutes.")), org.actor("dev-ledger"));
        service.update(postmortem.key(), change(Map.of(Section.SUMMARY, "Checkout failed for 42 minutes.")), org.actor("dev-checkout"));

        assertThatThrownBy(() -> service.update(postmortem.key(), change(Map.of(Section.IMPACT, "x")), org.actor("dev-search")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.get(postmortem.key(), org.actor("dev-search")).section(Section.SUMMARY))
                .isEqualTo("Checkout failed for 42 minutes.");
        assertThat(service.revisions(postmortem.key(), org.actor("admin")))
                .extracting(SectionRevision::author).containsExactly("dev-ledger", "dev-checkout");
    }

    @Test
    void a_stale_version_is_refused_instead_of_overwriting() {
        Postmortem postmortem = p1("INC-9");
        service.update(postmortem.key(), change(Map.of(Section.SUMMARY, "First.")), org.actor("dev-checkout"));
        ContentChange stale = new ContentChange(Map.of(Section.SUMMARY, "Second."), Optional.empty(), Optional.empty(), 0L);
        assertThatThrownBy(() -> service.update(postmortem.key(), stale, org.actor("dev-ledger")))
                .isInstanceOf(ConflictException.class);
        assertThat(service.get(postmortem.key(), org.actor("admin")).section(Section.SUMMARY)).isEqualTo("First.");
    }

    @Test
    void publishing_with_missing_sections_is_refused_with_the_list() {
        Postmortem postmortem = p1("INC-10");
        service.update(postmortem.key(), change(Map.of(Section.SUMMARY, "Checkout failed.")), org.actor("dev-checkout"));
        service.transition(postmortem.key(), PostmortemStatus.IN_REVIEW, org.actor("dev-checkout"));

        assertThatThrownBy(() -> service.transition(postmortem.key(), PostmortemStatus.PUBLISHED, org.actor("mim")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).reasons())
                        .anyMatch(r -> r.startsWith("impact"))
                        .anyMatch(r -> r.startsWith("rootCauses"))
                        .noneMatch(r -> r.startsWith("summary")));
    }

    @Test
    void only_the_facilitator_mim_or_sre_publish_and_then_it_is_read_only_except_for_admins() {
        Postmortem postmortem = p1("INC-11");
        service.update(postmortem.key(), new ContentChange(Map.of(Section.SUMMARY, "s", Section.IMPACT, "i"),
                Optional.of(List.of(new RootCause("Retry storm on the ledger API", "dependency"))), Optional.empty(), null),
                org.actor("dev-checkout"));
        service.transition(postmortem.key(), PostmortemStatus.IN_REVIEW, org.actor("dev-checkout"));
        assertThatThrownBy(() -> service.transition(postmortem.key(), PostmortemStatus.PUBLISHED, org.actor("dev-checkout")))
                .isInstanceOf(ForbiddenException.class);

        Postmortem published = service.transition(postmortem.key(), PostmortemStatus.PUBLISHED, org.actor("mim"));

        assertThat(published.status()).isEqualTo(PostmortemStatus.PUBLISHED);
        assertThat(published.heldAt()).isNotNull();
        assertThat(published.publishedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> service.update(postmortem.key(), change(Map.of(Section.SUMMARY, "late")), org.actor("mim")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.update(postmortem.key(), change(Map.of(Section.SUMMARY, "corrected")), org.actor("admin"))
                .section(Section.SUMMARY)).isEqualTo("corrected");
        assertThatThrownBy(() -> service.transition(postmortem.key(), PostmortemStatus.DRAFT, org.actor("admin")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void listeners_hear_of_each_state_change_and_a_failing_one_does_not_undo_it() {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        PostmortemService withListeners = new PostmortemService(org, store, store, org, org, org, clock, List.of(),
                List.of((postmortem, from) -> { throw new IllegalStateException("mail server down"); },
                        (postmortem, from) -> heard.add(from + "->" + postmortem.status())));
        org.incident("INC-12", Severity.P1, "checkout", List.of(), FRIDAY_AFTERNOON.minusSeconds(3600), FRIDAY_AFTERNOON);
        Postmortem postmortem = withListeners.createFor("INC-12", org.actor("dev-checkout")).postmortem();

        withListeners.transition(postmortem.key(), PostmortemStatus.IN_REVIEW, org.actor("dev-checkout"));
        withListeners.transition(postmortem.key(), PostmortemStatus.PUBLISHED, org.actor("mim"));

        assertThat(heard).containsExactly("DRAFT->IN_REVIEW", "IN_REVIEW->PUBLISHED");
        assertThat(store.findByKey(postmortem.key()).orElseThrow().status()).isEqualTo(PostmortemStatus.PUBLISHED);
    }

    private Postmortem p1(String key) {
        org.incident(key, Severity.P1, "checkout", List.of("ledger"), FRIDAY_AFTERNOON.minusSeconds(3600), FRIDAY_AFTERNOON);
        return service.createFor(key, org.actor("dev-checkout")).postmortem();
    }

    private static ContentChange change(Map<Section, String> sections) {
        return new ContentChange(sections, Optional.empty(), Optional.empty(), null);
    }

    /** Another node's view: it sees no postmortem, then loses the insert to the one that exists. */
    private record RacingRepository(InMemoryPostmortems delegate) implements PostmortemRepository {
        @Override
        public Optional<Postmortem> findByIncident(String incidentKey) {
            return delegate.findByIncident(incidentKey).isEmpty() ? Optional.empty() : delegate.findByIncident(incidentKey);
        }

        @Override
        public Optional<Postmortem> findByKey(String postmortemKey) {
            return delegate.findByKey(postmortemKey);
        }

        @Override
        public Postmortem insert(Postmortem postmortem) {
            delegate.insert(new Postmortem("PM-OTHER", postmortem.incidentKey(), postmortem.severity(), null, null, postmortem.status(),
                    postmortem.dueDate(), postmortem.facilitator(), Map.of(), List.of(), null, null,
                    postmortem.createdAt(), null, null, 0));
            return delegate.insert(postmortem);
        }

        @Override
        public Postmortem update(Postmortem postmortem, List<SectionRevision> revisions) {
            return delegate.update(postmortem, revisions);
        }

        @Override
        public List<SectionRevision> revisions(String postmortemKey) {
            return delegate.revisions(postmortemKey);
        }

        @Override
        public List<Postmortem> unpublished() {
            return delegate.unpublished();
        }

        @Override
        public List<Postmortem> all() {
            return delegate.all();
        }

        @Override
        public List<String> linkedIncidents(String postmortemKey) {
            return delegate.linkedIncidents(postmortemKey);
        }

        @Override
        public void linkIncident(String postmortemKey, String incidentKey, String linkedBy, java.time.Instant linkedAt) {
            delegate.linkIncident(postmortemKey, incidentKey, linkedBy, linkedAt);
        }

        @Override
        public boolean unlinkIncident(String postmortemKey, String incidentKey) {
            return delegate.unlinkIncident(postmortemKey, incidentKey);
        }
    }
}
