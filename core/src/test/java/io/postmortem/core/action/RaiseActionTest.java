package io.postmortem.core.action;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.Policies;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.core.testing.HeldLocks;
import io.postmortem.core.testing.InMemoryActions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static io.postmortem.core.action.ActionWorld.date;
import static io.postmortem.core.action.ActionWorld.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RaiseActionTest {
    private final ActionWorld world = new ActionWorld();

    @Test
    void an_action_on_a_p1_postmortem_is_a_problem_ticket_in_the_owning_teams_project_due_20_business_days_later() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);

        RaiseAction.Raised raised = world.raising.raise(postmortem.key(),
                new ActionDraft("Alert on checkout error rate", "Page when errors exceed 2%", ActionType.DETECT,
                        "ledger", Priority.HIGH, "req-1", null, null), world.actor("dev-checkout"));

        Action action = raised.item().action();
        assertThat(raised.created()).isTrue();
        // Friday 20 Nov 2026 + 20 business days = Friday 18 Dec 2026.
        assertThat(action.dueDate()).isEqualTo(date(2026, 12, 18)).isEqualTo(action.policyDueDate());
        assertThat(action.dueDateReason()).isNull();
        assertThat(action.problemKey()).startsWith("LED-");
        assertThat(action).extracting(Action::projectKey, Action::team, Action::platform, Action::status, Action::type,
                        Action::createdBy, Action::severity)
                .containsExactly("LED", "ledger", "payments", ActionStatus.OPEN, ActionType.DETECT, "dev-checkout", Severity.P1);
        ProblemTicketRequest request = world.tickets.requests.get(action.problemKey());
        assertThat(request.component()).isEqualTo("ledger-service");
        assertThat(request.labels()).containsExactly("postmortem-action", "team-ledger", "platform-payments");
        assertThat(request.description()).startsWith("Page when errors exceed 2%")
                .contains("postmortem " + postmortem.key(), "incident INC-1", "Team: Ledger (ledger)", "platform: Payments (payments)");
        assertThat(world.tickets.links).contains(List.of(action.problemKey(), postmortem.key()), List.of(action.problemKey(), "INC-1"));
        assertThat(world.store.history(action.id())).extracting(ActionChange::what).containsExactly(ActionChange.What.RAISED);
    }

    @Test
    void business_days_skip_the_organisations_holidays_and_follow_severity_and_priority() {
        Policies defaults = Policies.defaults();
        Map<Severity, Map<Priority, Integer>> days = new java.util.EnumMap<>(defaults.actionDueBusinessDays());
        days.put(Severity.P2, Map.of(Priority.HIGHEST, 10, Priority.LOW, 45));
        BusinessCalendar calendar = new BusinessCalendar(BusinessCalendar.DEFAULT_ZONE, defaults.calendar().weekend(),
                Set.of(date(2026, 12, 1), date(2026, 12, 2)));
        world.org.setConfiguration(new Configuration(world.org.load().directory(), world.org.load().incidentMapping(),
                new Policies(defaults.postmortemSeverities(), defaults.meetingDueBusinessDays(), defaults.facilitator(),
                        days, calendar, 2, 5, defaults.leadDigestDay())));
        Postmortem p2 = world.postmortem("INC-2", Severity.P2);

        Action urgent = world.raising.raise(p2.key(), draft("Fix retry storm", "checkout", Priority.HIGHEST, "a"),
                world.actor("dev-checkout")).item().action();
        Action low = world.raising.raise(p2.key(), draft("Document runbook", "checkout", Priority.LOW, "b"),
                world.actor("dev-checkout")).item().action();
        Action unset = world.raising.raise(p2.key(), draft("Tidy dashboards", "checkout", Priority.MEDIUM, "c"),
                world.actor("dev-checkout")).item().action();

        // 10 business days from Fri 20 Nov, skipping the holidays on 1 and 2 Dec: Mon 23 .. Fri 27 (5), Mon 30 (6), Thu 3 .. Fri 4 (8), Mon 7 .. Tue 8 (10).
        assertThat(urgent.dueDate()).isEqualTo(date(2026, 12, 8));
        assertThat(low.dueDate()).isEqualTo(calendar.addBusinessDays(date(2026, 11, 20), 45));
        assertThat(unset.dueDate()).isEqualTo(calendar.addBusinessDays(date(2026, 11, 20), 40));
    }

    @Test
    void a_p2_action_follows_the_default_30_business_days() {
        Postmortem p2 = world.postmortem("INC-2", Severity.P2);
        Action action = world.raise(p2, "Add a circuit breaker", "r");
        assertThat(action.dueDate()).isEqualTo(BusinessCalendar.standard().addBusinessDays(date(2026, 11, 20), 30))
                .isEqualTo(date(2027, 1, 1));
    }

    @Test
    void overriding_the_due_date_needs_a_reason_which_is_kept() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        ActionDraft withoutReason = new ActionDraft("Replace the load balancer", null, ActionType.REPAIR, "checkout",
                Priority.MEDIUM, "r1", date(2027, 3, 1), " ");
        assertThatThrownBy(() -> world.raising.raise(postmortem.key(), withoutReason, world.actor("dev-checkout")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("dueDateReason"));
        assertThat(world.tickets.created).isEmpty();

        Action action = world.raising.raise(postmortem.key(), new ActionDraft("Replace the load balancer", null,
                ActionType.REPAIR, "checkout", Priority.MEDIUM, "r1", date(2027, 3, 1), "Vendor delivers in February"),
                world.actor("dev-checkout")).item().action();

        assertThat(action.dueDate()).isEqualTo(date(2027, 3, 1));
        assertThat(action.policyDueDate()).isEqualTo(date(2026, 12, 18));
        assertThat(action.dueDateReason()).isEqualTo("Vendor delivers in February");
        assertThat(world.tickets.requests.get(action.problemKey()).dueDate()).isEqualTo(date(2027, 3, 1));
        assertThat(world.store.history(action.id()).get(0).detail()).contains("policy 2026-12-18", "Vendor delivers in February");
    }

    @Test
    void bad_input_names_each_field() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        assertThatThrownBy(() -> world.raising.raise(postmortem.key(),
                new ActionDraft(" ", null, null, "nobody", null, null, null, "a reason"), world.actor("dev-checkout")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("summary", "type", "priority", "team", "requestId", "dueDate")
                        .containsEntry("team", "No team nobody in the platform directory."));
        assertThatThrownBy(() -> world.raising.raise(postmortem.key(), new ActionDraft("x".repeat(256), null,
                ActionType.PROCESS, "checkout", Priority.LOW, "r", LocalDate.of(2026, 11, 1), "late"), world.actor("dev-checkout")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("summary", "dueDate"));
        assertThat(world.store.actionCount()).isZero();
    }

    @Test
    void only_people_who_can_edit_the_postmortem_raise_actions_and_not_once_it_is_published() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P3);
        assertThatThrownBy(() -> world.raising.raise(postmortem.key(), draft("s", "checkout", Priority.LOW, "r"), world.actor("dev-search")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> world.raising.raise(postmortem.key(), draft("s", "checkout", Priority.LOW, "r"), world.actor("outsider")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(world.raising.raise(postmortem.key(), draft("s", "search", Priority.LOW, "r"), world.actor("dev-ledger"))
                .item().action().team()).isEqualTo("search");

        publish(postmortem);
        assertThatThrownBy(() -> world.raising.raise(postmortem.key(), draft("t", "checkout", Priority.LOW, "r2"), world.actor("admin")))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("published");
    }

    @Test
    void the_hosts_refusal_is_reported_with_its_reason_and_leaves_nothing() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        world.tickets.denyCreate("dev-ledger");
        assertThatThrownBy(() -> world.raising.raise(postmortem.key(), draft("s", "checkout", Priority.LOW, "r"), world.actor("dev-ledger")))
                .isInstanceOfSatisfying(HostRefusedException.class, e -> {
                    assertThat(e.forbidden()).isTrue();
                    assertThat(e.getMessage()).contains("permission to create issues in project CHK");
                });
        world.tickets.refuseWith("Summary must not contain the word 'blame'.");
        assertThatThrownBy(() -> world.raising.raise(postmortem.key(), draft("Blame", "checkout", Priority.LOW, "r"), world.actor("dev-checkout")))
                .isInstanceOfSatisfying(HostRefusedException.class, e -> assertThat(e.field()).isEqualTo("summary"));

        assertThat(world.tickets.live()).isEmpty();
        assertThat(world.tickets.links).isEmpty();
        assertThat(world.store.actionCount()).isZero();
        assertThat(world.store.byRequestId("r")).isEmpty();
    }

    @Test
    void when_storing_the_action_fails_its_ticket_is_removed() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        world.store.failNextInsert.set(true);
        assertThatThrownBy(() -> world.raise(postmortem, "Add alerting", "r")).isInstanceOf(IllegalStateException.class);
        assertThat(world.tickets.created).hasSize(1);
        assertThat(world.tickets.live()).isEmpty();
        assertThat(world.tickets.links).isEmpty();

        Action retried = world.raise(postmortem, "Add alerting", "r");
        assertThat(world.tickets.live()).containsExactly(retried.problemKey());
    }

    @Test
    void raising_or_promoting_reads_the_configuration_once_per_request() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        int before = world.configuration.loads.get();
        world.raise(postmortem, "Add alerting", "r-config");
        assertThat(world.configuration.loads.get() - before).isEqualTo(1);

        long ideaId = world.ideas.addIdea(postmortem.key(), "Add a canary stage", null, world.actor("dev-checkout")).idea().id();
        int beforePromotion = world.configuration.loads.get();
        world.raising.promote(postmortem.key(), ideaId, new ActionDraft(null, null, ActionType.PREVENT, "checkout",
                Priority.HIGH, null, null, null), world.actor("dev-checkout"));
        assertThat(world.configuration.loads.get() - beforePromotion).isEqualTo(1);
    }

    @Test
    void a_retry_after_a_crash_between_ticket_and_row_adopts_the_ticket_instead_of_making_a_second() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        world.store.crashOnNextInsert.set(true);
        assertThatThrownBy(() -> world.raise(postmortem, "Add alerting", "req-crash"))
                .isInstanceOf(InMemoryActions.NodeCrash.class);
        assertThat(world.tickets.live()).as("the ticket made before the crash").hasSize(1);
        String orphan = world.tickets.live().iterator().next();
        assertThat(world.store.byRequestId("req-crash")).isEmpty();

        RaiseAction.Raised retried = world.raising.raise(postmortem.key(),
                draft("Add alerting", "checkout", Priority.HIGH, "req-crash"), world.actor("dev-checkout"));

        assertThat(retried.created()).isTrue();
        assertThat(world.tickets.created).as("tickets ever created").containsExactly(orphan);
        assertThat(world.tickets.live()).containsExactly(orphan);
        assertThat(world.store.byPostmortem(postmortem.key())).singleElement()
                .satisfies(action -> assertThat(action.problemKey()).isEqualTo(orphan));
        assertThat(world.store.history(retried.item().action().id())).singleElement()
                .satisfies(change -> assertThat(change.what()).isEqualTo(ActionChange.What.RAISED));
    }

    @Test
    void a_ticket_left_by_a_failed_store_whose_cleanup_failed_too_is_adopted_by_the_retry() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        world.store.failNextInsert.set(true);
        world.tickets.failNextDelete.set(true);
        assertThatThrownBy(() -> world.raise(postmortem, "Add alerting", "req-left"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(world.tickets.live()).hasSize(1);

        Action retried = world.raise(postmortem, "Add alerting", "req-left");

        assertThat(world.tickets.created).hasSize(1);
        assertThat(world.tickets.live()).containsExactly(retried.problemKey());
        assertThat(world.store.byPostmortem(postmortem.key())).extracting(Action::problemKey)
                .containsExactly(retried.problemKey());
    }

    @Test
    void an_adopted_ticket_is_not_removed_when_storing_its_action_fails_again() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        world.store.crashOnNextInsert.set(true);
        assertThatThrownBy(() -> world.raise(postmortem, "Add alerting", "req-twice")).isInstanceOf(Error.class);
        String orphan = world.tickets.live().iterator().next();
        world.store.failNextInsert.set(true);
        assertThatThrownBy(() -> world.raise(postmortem, "Add alerting", "req-twice"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(world.tickets.live()).containsExactly(orphan);

        assertThat(world.raise(postmortem, "Add alerting", "req-twice").problemKey()).isEqualTo(orphan);
        assertThat(world.tickets.created).containsExactly(orphan);
    }

    @Test
    void a_repeated_submit_raises_nothing_new() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        RaiseAction.Raised first = world.raising.raise(postmortem.key(), draft("Add alerting", "checkout", Priority.HIGH, "req-7"), world.actor("dev-checkout"));
        RaiseAction.Raised again = world.raising.raise(postmortem.key(), draft("Add alerting", "checkout", Priority.HIGH, "req-7"), world.actor("dev-checkout2"));

        assertThat(again.created()).isFalse();
        assertThat(again.item().action()).isEqualTo(first.item().action());
        assertThat(world.tickets.created).hasSize(1);

        Postmortem other = world.postmortem("INC-2", Severity.P2);
        assertThatThrownBy(() -> world.raising.raise(other.key(), draft("Add alerting", "checkout", Priority.HIGH, "req-7"), world.actor("dev-checkout")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void ten_concurrent_submits_with_one_request_id_keep_one_action_and_one_live_ticket() throws Exception {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        List<RaiseAction.Raised> results = concurrently(10, () -> world.raising.raise(postmortem.key(),
                draft("Add alerting", "checkout", Priority.HIGH, "double-click"), world.actor("dev-checkout")));

        // No lock serialises the submits: the unique request id keeps one action, and a submit that lost the race
        // removes the ticket it made (or made none, having adopted the winner's).
        assertThat(world.store.actionCount()).isEqualTo(1);
        Action stored = world.store.byRequestId("double-click").orElseThrow();
        assertThat(world.tickets.live()).containsExactly(stored.problemKey());
        assertThat(results).filteredOn(RaiseAction.Raised::created).hasSize(1);
        assertThat(results).extracting(r -> r.item().action().id()).containsOnly(stored.id());
    }

    @Test
    void raising_and_promoting_create_the_ticket_holding_no_lock() {
        HeldLocks locks = new HeldLocks(new io.postmortem.core.locking.SingleNodeLocks());
        ActionWorld watched = new ActionWorld(locks);
        Postmortem postmortem = watched.postmortem("INC-1", Severity.P1);
        List<String> ticketCallsUnderLock = new java.util.concurrent.CopyOnWriteArrayList<>();
        watched.tickets.beforeEachCall(call -> {
            if (locks.heldByThisThread() > 0) {
                ticketCallsUnderLock.add(call);
            }
        });

        watched.raise(postmortem, "Add alerting", "r");
        long ideaId = watched.ideas.addIdea(postmortem.key(), "Add a canary stage", "One host first", watched.actor("dev-checkout"))
                .idea().id();
        watched.raising.promote(postmortem.key(), ideaId,
                new ActionDraft(null, null, ActionType.PREVENT, "checkout", Priority.HIGH, "any", null, null), watched.actor("dev-checkout"));

        assertThat(watched.tickets.created).hasSize(2);
        assertThat(ticketCallsUnderLock).isEmpty();
        assertThat(locks.taken).as("only the postmortem's own creation took a lock")
                .containsExactly("postmortem.create.INC-1");
    }

    @Test
    void two_promotions_of_one_idea_at_once_raise_one_action() throws Exception {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        long ideaId = world.ideas.addIdea(postmortem.key(), "Add a canary stage", "One host first", world.actor("dev-checkout"))
                .idea().id();

        List<RaiseAction.Raised> results = concurrently(6, () -> world.raising.promote(postmortem.key(), ideaId,
                new ActionDraft(null, null, ActionType.PREVENT, "checkout", Priority.HIGH, "click-" + Thread.currentThread().getId(), null, null),
                world.actor("dev-checkout")));

        assertThat(world.store.actionCount()).isEqualTo(1);
        Action stored = world.store.byRequestId("idea-" + ideaId).orElseThrow();
        assertThat(world.tickets.live()).containsExactly(stored.problemKey());
        assertThat(results).extracting(r -> r.item().action().id()).containsOnly(stored.id());
    }

    @Test
    void the_store_counts_per_platform_and_team_for_dashboards() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        world.raise(postmortem, "Add alerting", "a");
        world.raising.raise(postmortem.key(), draft("Reconcile", "ledger", Priority.LOW, "b"), world.actor("dev-checkout"));
        world.raising.raise(postmortem.key(), draft("Cache", "search", Priority.LOW, "c"), world.actor("dev-checkout"));

        assertThat(world.store.count(ActionFilter.any(), ActionRepository.Grouping.PLATFORM, date(2026, 12, 21)))
                .containsExactlyInAnyOrder(new ActionCount("payments", 2, 0, 0, 0, 2), new ActionCount("storefront", 1, 0, 0, 0, 1));
    }

    private void publish(Postmortem postmortem) {
        world.postmortems.update(postmortem.key(), new ContentChange(Map.of(Section.SUMMARY, "s", Section.IMPACT, "i"),
                Optional.of(List.of(new RootCause("c", "configuration"))), Optional.empty(), null), world.actor("mim"));
        world.postmortems.transition(postmortem.key(), PostmortemStatus.IN_REVIEW, world.actor("mim"));
        world.postmortems.transition(postmortem.key(), PostmortemStatus.PUBLISHED, world.actor("mim"));
    }


    static <T> List<T> concurrently(int threads, Supplier<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.get();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
