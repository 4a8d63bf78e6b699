package io.postmortem.plugin.persistence.action;

import io.postmortem.plugin.persistence.actionpack.ActionPackEntity;
import io.postmortem.plugin.persistence.actionpack.ActionPackStateEntity;
import io.postmortem.core.accountability.ActionDays;
import io.postmortem.core.accountability.ActionSlice;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.testing.contract.ActionRepositoryContract;
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

/**
 * The action repository and its dashboard reads against a real database; run on H2, PostgreSQL and MySQL by the
 * subclasses. The port's contract ({@link ActionRepositoryContract}) runs here and against the core's in-memory fake;
 * what only the database has stays here: the dashboards' slices and packed days, and how many statements a read costs.
 */
abstract class AoActionRepositoryContract extends ActiveObjectsTestCase implements ActionRepositoryContract {
    private AoActionRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class);
        repository = new AoActionRepository(ao, () -> ZoneId.of("Europe/London"), new SingleNodeLocks());
    }

    private Action store(String key, String team, String platform, String created, String closed, String due) {
        return repository.insert(ActionRepositoryContract.action(key, team, platform, created, closed, due));
    }

    private void standard() {
        ActionRepositoryContract.sixActions(repository);
    }

    @Override
    public ActionRepository repository() {
        return repository;
    }

    @Test
    void anUpdatedActionMovesBetweenTheDashboardsSlices() {
        Action stored = store("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01");
        assertThat(repository.keys(ActionSlice.in(null).openOn(TODAY))).containsExactly("CHK-1");

        repository.update(stored.withTicketState(ActionStatus.DONE, "Done", "dev", Instant.parse("2026-03-02T10:00:00Z")));

        assertThat(repository.keys(ActionSlice.in(null).openOn(TODAY))).isEmpty();
        assertThat(repository.keys(ActionSlice.in(null).closed(LocalDate.parse("2026-03-01"), TODAY)))
                .containsExactly("CHK-1");
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
    void aPageAndTheProjectKeysAreOneStatementEachWhateverTheTableHolds() {
        standard();
        for (int i = 1; i <= 60; i++) {
            store("OPS-" + i, "operations", "platform", "2026-03-01", null, "2026-05-01");
        }
        ActionFilter any = ActionFilter.any();
        long afterFourth = repository.page(any, null, 0, 4).get(3).id();

        AoDatabaseCount counted = count(() -> repository.page(any, Set.of("OPS", "LED"), afterFourth, 20));
        assertThat(counted.statements).isEqualTo(1);
        assertThat(counted.rows).hasSize(20);
        assertThat(count(() -> repository.page(any, null, 0, 500)).statements).isEqualTo(1);
        assertThat(database.counting(() -> repository.projectKeys()).statements()).isEqualTo(1);
    }

    @Test
    void summaryWordsNarrowTheCandidatesInOneLimitedStatement() {
        store("CHK-1", "Add alerting on checkout errors", "2026-01-01");
        store("CHK-4", "Checkout Alert thresholds", "2026-01-04");
        for (int i = 0; i < 40; i++) {
            store("OLD-" + i, "Tidy the build scripts " + i, "2025-06-01");
        }
        Instant before = Instant.parse("2026-02-01T00:00:00Z");

        AoDatabaseCount alert = count(() -> repository.withSummaryWords(Set.of("alert", "Alert", "ALERT"), before, 10));
        assertThat(alert.statements).isEqualTo(1);
        assertThat(alert.rows).extracting(Action::problemKey).containsExactly("CHK-4", "CHK-1");
        AoDatabaseCount limited = count(() -> repository.withSummaryWords(Set.of("build"), before, 5));
        assertThat(limited.statements).isEqualTo(1);
        assertThat(limited.rows).as("limited in the database").hasSize(5);
    }

    private Action store(String key, String summary, String created) {
        return repository.insert(ActionRepositoryContract.withSummary(key, summary, created));
    }

    private record AoDatabaseCount(List<Action> rows, int statements) {
    }

    private AoDatabaseCount count(java.util.function.Supplier<List<Action>> read) {
        var counted = database.counting(read);
        return new AoDatabaseCount(counted.result(), counted.statements());
    }
}
