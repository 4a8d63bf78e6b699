package io.postmortem.plugin.persistence.action;

import io.postmortem.plugin.persistence.actionpack.ActionPackEntity;
import io.postmortem.plugin.persistence.actionpack.ActionPackStateEntity;
import io.postmortem.core.accountability.ActionDays;
import io.postmortem.core.accountability.ActionSlice;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionChange;
import io.postmortem.core.action.ActionCount;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The action repository and its dashboard reads against a real database; H2 and PostgreSQL subclasses. */
abstract class AoActionRepositoryContract extends ActiveObjectsTestCase {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-16");
    private AoActionRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class);
        repository = new AoActionRepository(ao, () -> ZoneId.of("Europe/London"), new SingleNodeLocks());
    }

    private Action store(String key, String team, String platform, String created, String closed, String due) {
        return repository.insert(new Action(0, "req-" + key, "PM-1", "INC-1", key, key.substring(0, key.indexOf('-')),
                "Fix " + key, "", ActionType.PREVENT, team, platform, Priority.HIGH, Severity.P2, LocalDate.parse(due),
                LocalDate.parse(due), null, closed == null ? ActionStatus.OPEN : ActionStatus.DONE,
                closed == null ? null : "Done", false, "dev", null, "mim", Instant.parse(created + "T09:00:00Z"),
                closed == null ? null : Instant.parse(closed + "T09:00:00Z")));
    }

    private void standard() {
        store("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01");
        store("CHK-2", "checkout", "payments", "2026-03-10", null, "2026-03-20");
        store("CHK-3", "checkout", "payments", "2026-02-01", "2026-03-01", "2026-03-05");
        store("LED-1", "ledger", "payments", "2025-12-01", "2026-02-10", "2026-01-31");
        store("LED-2", "ledger", "payments", "2026-03-01", null, "2026-04-30");
        store("SRCH-1", "search", "storefront", "2026-02-01", null, "2026-02-10");
    }

    @Test
    void storesFindsAndUpdatesActionsWithTheirHistory() {
        Action stored = store("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01");
        assertThat(stored.id()).isPositive();
        assertThat(repository.byRequestId("req-CHK-1")).contains(stored);
        assertThat(repository.byProblemKey("CHK-1")).contains(stored);
        assertThat(repository.byPostmortem("PM-1")).containsExactly(stored);
        assertThatThrownBy(() -> store("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01"))
                .isInstanceOf(ActionRepository.DuplicateRequestException.class);

        Action closed = repository.update(stored.withTicketState(ActionStatus.DONE, "Done", "dev", Instant.parse("2026-03-02T10:00:00Z")));
        assertThat(repository.byId(stored.id())).contains(closed);
        assertThat(repository.keys(ActionSlice.in(null).closed(LocalDate.parse("2026-03-01"), TODAY)))
                .containsExactly("CHK-1");

        repository.record(new ActionChange(stored.id(), Instant.parse("2026-03-02T10:00:00Z"), "dev", ActionChange.What.STATUS, "DONE"));
        assertThat(repository.history(stored.id())).extracting(ActionChange::detail).containsExactly("DONE");
    }

    @Test
    void findsAndCountsByTheActionFilter() {
        standard();
        assertThat(repository.find(new ActionFilter("payments", null, Set.of(), true, TODAY)))
                .extracting(Action::problemKey).containsExactly("CHK-1");
        List<ActionCount> counts = repository.count(ActionFilter.any(), ActionRepository.Grouping.PLATFORM, TODAY);
        assertThat(counts).containsExactlyInAnyOrder(new ActionCount("payments", 3, 0, 2, 0, 1),
                new ActionCount("storefront", 1, 0, 0, 0, 1));
    }

    @Test
    void countsSlicesPerPlatformAndTeamInTheDatabase() {
        standard();
        ActionSlice open = ActionSlice.in(Set.of("CHK", "LED", "SRCH")).openOn(TODAY);

        assertThat(repository.keys(open)).containsExactly("CHK-1", "CHK-2", "LED-2", "SRCH-1");
        assertThat(repository.keys(open.due(null, TODAY))).containsExactly("CHK-1", "SRCH-1");
        assertThat(repository.keys(ActionSlice.in(Set.of("CHK")).openOn(LocalDate.parse("2026-02-14"))))
                .containsExactly("CHK-1", "CHK-3");
        assertThat(repository.keys(ActionSlice.in(Set.of()))).isEmpty();
        ActionSlice closing = ActionSlice.in(null).closed(TODAY.minusDays(90), TODAY);
        assertThat(repository.keys(closing.onlyClosedByDueDate())).containsExactly("CHK-3");
        assertThat(repository.keys(ActionSlice.in(null).postmortem("PM-1"))).hasSize(6);
        assertThat(repository.earliestDue(open, 2)).extracting(l -> l.problemKey()).containsExactly("SRCH-1", "CHK-1");
    }

    @Test
    void countsATeamWhoseActionsSitInTwoProjectsOnlyInTheProjectsAsked() {
        standard();
        // Checkout's project was OLD before it became CHK: one open action still lives there.
        store("OLD-7", "checkout", "payments", "2026-01-01", null, "2026-02-01");
        ActionSlice open = ActionSlice.in(Set.of("CHK", "OLD")).openOn(TODAY).team("checkout");

        assertThat(repository.keys(open)).containsExactly("CHK-1", "CHK-2", "OLD-7");
        assertThat(repository.keys(ActionSlice.in(Set.of("CHK")).openOn(TODAY).team("checkout")))
                .containsExactly("CHK-1", "CHK-2");
        assertThat(repository.keys(ActionSlice.in(Set.of("OLD", "SRCH")).openOn(TODAY))).containsExactly("OLD-7", "SRCH-1");
        List<Long> created = new ArrayList<>();
        repository.eachActive(Set.of("CHK", "OLD"), "payments", TODAY.minusDays(90), a -> created.add(a.created()));
        assertThat(created).containsExactlyInAnyOrder(LocalDate.parse("2026-01-01").toEpochDay(),
                LocalDate.parse("2026-01-01").toEpochDay(), LocalDate.parse("2026-03-10").toEpochDay(),
                LocalDate.parse("2026-02-01").toEpochDay());
    }

    @Test
    void theClosedOnTimeListHoldsExactlyTheActionsTheDashboardCountsAsClosedOnTime() {
        standard();
        // Closed on the due day (on time), a day late, and at 23:30 UTC on the due day, which is the next day in
        // Kolkata but still the due day in London (the organisation's zone here).
        store("ONT-1", "checkout", "payments", "2026-02-01", "2026-03-05", "2026-03-05");
        store("ONT-2", "checkout", "payments", "2026-02-01", "2026-03-06", "2026-03-05");
        Action late = store("ONT-3", "ledger", "payments", "2026-02-01", null, "2026-03-07");
        repository.update(late.withTicketState(ActionStatus.DONE, "Done", "dev", Instant.parse("2026-03-07T23:30:00Z")));
        long after = TODAY.minusDays(90).toEpochDay();
        List<ActionDays> counted = new ArrayList<>();
        repository.eachActive(null, null, TODAY.minusDays(90), days -> {
            if (days.closedBetween(after + 1, TODAY.toEpochDay()) && days.closedByDueDate()) {
                counted.add(days);
            }
        });

        List<String> listed = repository.keys(ActionSlice.in(null).closed(TODAY.minusDays(90), TODAY).onlyClosedByDueDate());

        assertThat(listed).containsExactly("CHK-3", "ONT-1", "ONT-3");
        assertThat(listed).hasSameSizeAs(counted);

        // Reopened, it leaves the list; closed late, it stays out.
        Action reopened = repository.update(repository.byProblemKey("ONT-1").orElseThrow()
                .withTicketState(ActionStatus.OPEN, null, "dev", Instant.parse("2026-03-08T10:00:00Z")));
        assertThat(repository.keys(ActionSlice.in(null).closed(TODAY.minusDays(90), TODAY).onlyClosedByDueDate()))
                .containsExactly("CHK-3", "ONT-3");
        repository.update(reopened.withTicketState(ActionStatus.DONE, "Done", "dev", Instant.parse("2026-03-09T10:00:00Z")));
        assertThat(repository.keys(ActionSlice.in(null).closed(TODAY.minusDays(90), TODAY).onlyClosedByDueDate()))
                .containsExactly("CHK-3", "ONT-3");
    }

    @Test
    void slicesOverMoreProjectsThanOneStatementMayNameAreReadInChunks() {
        standard();
        // More than Oracle's 1,000 IN items and SQL Server's ~2,100 parameters; the real projects sort last.
        Set<String> projects = new java.util.HashSet<>(Set.of("CHK", "LED", "SRCH"));
        for (int i = 0; i < 2_400; i++) {
            projects.add(String.format("AA%04d", i));
        }
        ActionSlice open = ActionSlice.in(projects).openOn(TODAY);

        assertThat(repository.keys(open)).containsExactly("CHK-1", "CHK-2", "LED-2", "SRCH-1");
        assertThat(repository.earliestDue(open, 3)).extracting(l -> l.problemKey())
                .containsExactly("SRCH-1", "CHK-1", "CHK-2");
    }

    @Test
    void pagesByIdWithTheFilterAndTheViewersProjectsOneStatementAPageWhateverTheTableHolds() {
        standard();
        for (int i = 1; i <= 60; i++) {
            store("OPS-" + i, "operations", "platform", "2026-03-01", null, "2026-05-01");
        }
        ActionFilter any = ActionFilter.any();
        List<Action> first = repository.page(any, null, 0, 4);
        assertThat(first).extracting(Action::problemKey).containsExactly("CHK-1", "CHK-2", "CHK-3", "LED-1");
        assertThat(repository.page(any, null, first.get(3).id(), 3)).extracting(Action::problemKey)
                .containsExactly("LED-2", "SRCH-1", "OPS-1");
        assertThat(repository.page(new ActionFilter("payments", null, Set.of(ActionStatus.OPEN), null, null),
                Set.of("CHK", "SRCH"), first.get(0).id(), 10)).extracting(Action::problemKey).containsExactly("CHK-2");
        assertThat(repository.page(any, Set.of("OPS"), 0, 100)).hasSize(60);

        AoDatabaseCount counted = count(() -> repository.page(any, Set.of("OPS", "LED"), first.get(3).id(), 20));
        assertThat(counted.statements).isEqualTo(1);
        assertThat(counted.rows).hasSize(20);
        assertThat(count(() -> repository.page(any, null, 0, 500)).statements).isEqualTo(1);
        assertThat(database.counting(() -> repository.projectKeys()).statements()).isEqualTo(1);
        assertThat(repository.projectKeys()).containsExactly("CHK", "LED", "OPS", "SRCH");
    }

    @Test
    void summaryWordsNarrowTheCandidatesInOneLimitedStatementMatchingWordsLiterally() {
        store("CHK-1", "Add alerting on checkout errors", "2026-01-01");
        store("CHK-2", "Raise the 100% error budget", "2026-01-02");
        store("CHK-3", "Rename api_gateway timeouts", "2026-01-03");
        store("CHK-4", "Checkout Alert thresholds", "2026-01-04");
        store("CHK-5", "Unrelated clean-up", "2026-01-05");
        for (int i = 0; i < 40; i++) {
            store("OLD-" + i, "Tidy the build scripts " + i, "2025-06-01");
        }
        store("CHK-9", "Alert again, too late", "2026-03-01");
        Instant before = Instant.parse("2026-02-01T00:00:00Z");

        AoDatabaseCount alert = count(() -> repository.withSummaryWords(Set.of("alert", "Alert", "ALERT"), before, 10));
        assertThat(alert.statements).isEqualTo(1);
        assertThat(alert.rows).extracting(Action::problemKey).as("newest first, created before").containsExactly("CHK-4", "CHK-1");
        assertThat(repository.withSummaryWords(Set.of("100%"), before, 10)).extracting(Action::problemKey)
                .containsExactly("CHK-2");
        assertThat(repository.withSummaryWords(Set.of("api_g"), before, 10)).extracting(Action::problemKey)
                .containsExactly("CHK-3");
        assertThat(repository.withSummaryWords(Set.of("1_0"), before, 10)).as("_ is no wildcard").isEmpty();
        assertThat(repository.withSummaryWords(Set.of("build"), before, 5)).as("limited in the database").hasSize(5);
        assertThat(repository.withSummaryWords(Set.of(), before, 5)).isEmpty();
    }

    private Action store(String key, String summary, String created) {
        return repository.insert(new Action(0, "req-" + key, "PM-1", "INC-1", key, key.substring(0, key.indexOf('-')),
                summary, "", ActionType.PREVENT, "checkout", "payments", Priority.HIGH, Severity.P2,
                LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01"), null, ActionStatus.OPEN, null, false,
                null, null, "mim", Instant.parse(created + "T09:00:00Z"), null));
    }

    private record AoDatabaseCount(List<Action> rows, int statements) {
    }

    private AoDatabaseCount count(java.util.function.Supplier<List<Action>> read) {
        var counted = database.counting(read);
        return new AoDatabaseCount(counted.result(), counted.statements());
    }
}
