package io.postmortem.core.testing.contract;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionChange;
import io.postmortem.core.action.ActionCount;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ActionRepository} promises, the database's and the in-memory one alike: a test class implements
 * this with a fresh, empty repository per test, so the fake cannot drift from the SQL. How many statements a read
 * costs is the database's own business and is pinned next to it.
 */
public interface ActionRepositoryContract {
    /** The day overdue is judged on. */
    LocalDate TODAY = LocalDate.parse("2026-03-16");

    /** A repository that holds no action yet. */
    ActionRepository repository();

    /**
     * An action tracked by Problem ticket {@code key} (its project the key's prefix) in postmortem PM-1, created at
     * 09:00 UTC on {@code created}, done at 09:00 UTC on {@code closed} or open when that is null.
     */
    static Action action(String key, String team, String platform, String created, String closed, String due) {
        return new Action(0, "req-" + key, "PM-1", "INC-1", key, key.substring(0, key.indexOf('-')),
                "Fix " + key, "", ActionType.PREVENT, team, platform, Priority.HIGH, Severity.P2, LocalDate.parse(due),
                LocalDate.parse(due), null, closed == null ? ActionStatus.OPEN : ActionStatus.DONE,
                closed == null ? null : "Done", false, "dev", null, "mim", Instant.parse(created + "T09:00:00Z"),
                closed == null ? null : Instant.parse(closed + "T09:00:00Z"));
    }

    /** An open action with this summary, created at 09:00 UTC on {@code created}. */
    static Action withSummary(String key, String summary, String created) {
        return new Action(0, "req-" + key, "PM-1", "INC-1", key, key.substring(0, key.indexOf('-')),
                summary, "", ActionType.PREVENT, "checkout", "payments", Priority.HIGH, Severity.P2,
                LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01"), null, ActionStatus.OPEN, null, false,
                null, null, "mim", Instant.parse(created + "T09:00:00Z"), null);
    }

    /** Six actions of two platforms and three teams, open, done and overdue on {@link #TODAY}, stored by {@code store}. */
    static void sixActions(UnaryOperator<Action> store) {
        store.apply(action("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01"));
        store.apply(action("CHK-2", "checkout", "payments", "2026-03-10", null, "2026-03-20"));
        store.apply(action("CHK-3", "checkout", "payments", "2026-02-01", "2026-03-01", "2026-03-05"));
        store.apply(action("LED-1", "ledger", "payments", "2025-12-01", "2026-02-10", "2026-01-31"));
        store.apply(action("LED-2", "ledger", "payments", "2026-03-01", null, "2026-04-30"));
        store.apply(action("SRCH-1", "search", "storefront", "2026-02-01", null, "2026-02-10"));
    }

    @Test
    default void stores_finds_and_updates_actions_with_every_field() {
        ActionRepository repository = repository();
        Action given = action("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01")
                .withTicketState(ActionStatus.IN_PROGRESS, null, "dev-ünïcode ✓", Instant.parse("2026-01-02T10:00:00Z"));
        Action stored = repository.insert(given);

        assertThat(stored.id()).isPositive();
        assertThat(stored).isEqualTo(given.withId(stored.id()));
        assertThat(repository.byId(stored.id())).contains(stored);
        assertThat(repository.byRequestId("req-CHK-1")).contains(stored);
        assertThat(repository.byProblemKey("CHK-1")).contains(stored);
        assertThat(repository.byPostmortem("PM-1")).containsExactly(stored);
        assertThat(repository.byId(stored.id() + 1000)).isEmpty();
        assertThat(repository.byRequestId("req-other")).isEmpty();
        assertThat(repository.byProblemKey("CHK-2")).isEmpty();
        assertThat(repository.byPostmortem("PM-2")).isEmpty();

        Action closed = repository.update(stored.withTicketState(ActionStatus.DONE, "Done", "dev", Instant.parse("2026-03-02T10:00:00Z")));
        assertThat(repository.byId(stored.id())).contains(closed);
        assertThat(closed.closedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    default void a_second_action_with_a_taken_request_id_is_refused_and_the_first_stays() {
        ActionRepository repository = repository();
        Action first = repository.insert(action("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01"));

        assertThatThrownBy(() -> repository.insert(action("CHK-1", "ledger", "payments", "2026-01-02", null, "2026-03-02")))
                .isInstanceOf(ActionRepository.DuplicateRequestException.class);
        assertThat(repository.find(ActionFilter.any())).containsExactly(first);
    }

    @Test
    default void updating_an_action_never_stored_is_refused() {
        ActionRepository repository = repository();
        Action never = action("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01").withId(4711);

        assertThatThrownBy(() -> repository.update(never)).isInstanceOf(IllegalStateException.class);
        assertThat(repository.byId(4711)).isEmpty();
    }

    @Test
    default void an_actions_history_is_oldest_first_whatever_order_it_was_recorded_in() {
        ActionRepository repository = repository();
        Action stored = repository.insert(action("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01"));
        Action other = repository.insert(action("CHK-2", "checkout", "payments", "2026-01-01", null, "2026-03-01"));
        Instant raised = Instant.parse("2026-01-01T09:00:00Z");

        repository.record(new ActionChange(stored.id(), raised.plusSeconds(7200), "dev", ActionChange.What.STATUS, "DONE"));
        repository.record(new ActionChange(stored.id(), raised, "mim", ActionChange.What.RAISED, null));
        repository.record(new ActionChange(other.id(), raised, "mim", ActionChange.What.RAISED, null));
        repository.record(new ActionChange(stored.id(), raised.plusSeconds(3600), "dev", ActionChange.What.ASSIGNEE, "dev"));

        assertThat(repository.history(stored.id())).containsExactly(
                new ActionChange(stored.id(), raised, "mim", ActionChange.What.RAISED, null),
                new ActionChange(stored.id(), raised.plusSeconds(3600), "dev", ActionChange.What.ASSIGNEE, "dev"),
                new ActionChange(stored.id(), raised.plusSeconds(7200), "dev", ActionChange.What.STATUS, "DONE"));
        assertThat(repository.history(other.id() + 1000)).isEmpty();
    }

    @Test
    default void the_action_an_idea_was_promoted_to_is_found_by_the_idea() {
        ActionRepository repository = repository();
        repository.insert(action("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01"));
        Action promoted = repository.insert(new Action(0, "req-CHK-2", "PM-1", "INC-1", "CHK-2", "CHK", "Promoted", null,
                ActionType.DETECT, "checkout", "payments", Priority.LOW, null, LocalDate.parse("2026-03-01"), null,
                null, ActionStatus.OPEN, null, false, null, 17L, "mim", Instant.parse("2026-01-01T09:00:00Z"), null));

        assertThat(repository.byIdea(17)).contains(promoted);
        assertThat(repository.byIdea(18)).isEmpty();
    }

    @Test
    default void finds_and_counts_by_the_action_filter_judging_overdue_on_the_day_given() {
        ActionRepository repository = repository();
        sixActions(repository::insert);

        assertThat(repository.find(new ActionFilter("payments", null, Set.of(), true, TODAY)))
                .extracting(Action::problemKey).containsExactly("CHK-1");
        assertThat(repository.find(new ActionFilter(null, "ledger", Set.of(ActionStatus.OPEN, ActionStatus.DONE), null, null)))
                .extracting(Action::problemKey).containsExactly("LED-1", "LED-2");
        assertThat(repository.find(ActionFilter.any())).extracting(Action::problemKey)
                .as("oldest first").containsExactly("CHK-1", "CHK-2", "CHK-3", "LED-1", "LED-2", "SRCH-1");
        assertThat(repository.count(ActionFilter.any(), ActionRepository.Grouping.PLATFORM, TODAY))
                .containsExactlyInAnyOrder(new ActionCount("payments", 3, 0, 2, 0, 1),
                        new ActionCount("storefront", 1, 0, 0, 0, 1));
        assertThat(repository.count(new ActionFilter("payments", null, Set.of(), null, null), ActionRepository.Grouping.TEAM, TODAY))
                .containsExactlyInAnyOrder(new ActionCount("checkout", 2, 0, 1, 0, 1),
                        new ActionCount("ledger", 1, 0, 1, 0, 0));
    }

    @Test
    default void pages_by_id_with_the_filter_and_the_viewers_projects() {
        ActionRepository repository = repository();
        sixActions(repository::insert);
        for (int i = 1; i <= 30; i++) {
            repository.insert(action("OPS-" + i, "operations", "platform", "2026-03-01", null, "2026-05-01"));
        }
        ActionFilter any = ActionFilter.any();

        List<Action> first = repository.page(any, null, 0, 4);
        assertThat(first).extracting(Action::problemKey).containsExactly("CHK-1", "CHK-2", "CHK-3", "LED-1");
        assertThat(repository.page(any, null, first.get(3).id(), 3)).extracting(Action::problemKey)
                .containsExactly("LED-2", "SRCH-1", "OPS-1");
        assertThat(repository.page(new ActionFilter("payments", null, Set.of(ActionStatus.OPEN), null, null),
                Set.of("CHK", "SRCH"), first.get(0).id(), 10)).extracting(Action::problemKey).containsExactly("CHK-2");
        assertThat(repository.page(any, Set.of("OPS"), 0, 100)).hasSize(30);
        assertThat(repository.page(any, Set.of("OPS", "LED"), first.get(3).id(), 20)).hasSize(20)
                .extracting(Action::problemKey).startsWith("LED-2", "OPS-1");
        assertThat(repository.page(any, Set.of(), 0, 10)).isEmpty();
        assertThat(repository.projectKeys()).containsExactlyInAnyOrder("CHK", "LED", "OPS", "SRCH");
    }

    @Test
    default void summary_words_find_earlier_actions_newest_first_matching_the_words_literally() {
        ActionRepository repository = repository();
        repository.insert(withSummary("CHK-1", "Add alerting on checkout errors", "2026-01-01"));
        repository.insert(withSummary("CHK-2", "Raise the 100% error budget", "2026-01-02"));
        repository.insert(withSummary("CHK-3", "Rename api_gateway timeouts", "2026-01-03"));
        repository.insert(withSummary("CHK-4", "Checkout Alert thresholds", "2026-01-04"));
        repository.insert(withSummary("CHK-5", "Unrelated clean-up", "2026-01-05"));
        for (int i = 0; i < 8; i++) {
            repository.insert(withSummary("OLD-" + i, "Tidy the build scripts " + i, "2025-06-01"));
        }
        repository.insert(withSummary("CHK-9", "Alert again, too late", "2026-03-01"));
        Instant before = Instant.parse("2026-02-01T00:00:00Z");

        assertThat(repository.withSummaryWords(Set.of("alert", "Alert", "ALERT"), before, 10))
                .extracting(Action::problemKey).as("newest first, created before").containsExactly("CHK-4", "CHK-1");
        assertThat(repository.withSummaryWords(Set.of("100%"), before, 10)).extracting(Action::problemKey)
                .containsExactly("CHK-2");
        assertThat(repository.withSummaryWords(Set.of("api_g"), before, 10)).extracting(Action::problemKey)
                .containsExactly("CHK-3");
        assertThat(repository.withSummaryWords(Set.of("1_0"), before, 10)).as("_ is no wildcard").isEmpty();
        assertThat(repository.withSummaryWords(Set.of("%"), before, 10)).as("% is no wildcard")
                .extracting(Action::problemKey).containsExactly("CHK-2");
        assertThat(repository.withSummaryWords(Set.of("build"), before, 5)).as("at most the limit, the newest")
                .hasSize(5).extracting(Action::problemKey).containsExactly("OLD-7", "OLD-6", "OLD-5", "OLD-4", "OLD-3");
        assertThat(repository.withSummaryWords(Set.of(), before, 5)).isEmpty();
    }
}
