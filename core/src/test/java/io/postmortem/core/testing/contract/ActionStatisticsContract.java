package io.postmortem.core.testing.contract;

import io.postmortem.core.accountability.ActionDays;
import io.postmortem.core.accountability.ActionSlice;
import io.postmortem.core.accountability.ActionStatistics;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.postmortem.core.testing.contract.ActionRepositoryContract.TODAY;
import static io.postmortem.core.testing.contract.ActionRepositoryContract.action;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ActionStatistics} promises, the database's and the in-memory one alike: the dashboards' slices
 * and active days over the actions a test stores. A test class implements this with a fresh, empty store per test
 * whose organisation lives in {@link #ZONE}.
 */
public interface ActionStatisticsContract {
    /** The organisation's zone: a day's figures are judged by its calendar. */
    ZoneId ZONE = ZoneId.of("Europe/London");

    /** The statistics over the actions stored by {@link #storeAction}. */
    ActionStatistics statistics();

    /** Stores a new action where the statistics read it, and returns it with its id. */
    Action storeAction(Action action);

    /** Replaces the stored action with the same id. */
    Action updateAction(Action action);

    @Test
    default void slices_by_project_platform_team_due_date_closing_and_postmortem() {
        ActionStatistics statistics = statistics();
        ActionRepositoryContract.sixActions(this::storeAction);
        ActionSlice open = ActionSlice.in(Set.of("CHK", "LED", "SRCH")).openOn(TODAY);

        assertThat(statistics.keys(open)).containsExactly("CHK-1", "CHK-2", "LED-2", "SRCH-1");
        assertThat(statistics.keys(open.due(null, TODAY))).containsExactly("CHK-1", "SRCH-1");
        assertThat(statistics.keys(ActionSlice.in(Set.of("CHK")).openOn(LocalDate.parse("2026-02-14"))))
                .containsExactly("CHK-1", "CHK-3");
        assertThat(statistics.keys(ActionSlice.in(Set.of()))).isEmpty();
        ActionSlice closing = ActionSlice.in(null).closed(TODAY.minusDays(90), TODAY);
        assertThat(statistics.keys(closing.onlyClosedByDueDate())).containsExactly("CHK-3");
        assertThat(statistics.keys(ActionSlice.in(null).postmortem("PM-1"))).hasSize(6);
        assertThat(statistics.keys(ActionSlice.in(null).postmortem("PM-2"))).isEmpty();
        assertThat(statistics.earliestDue(open, 2)).extracting(ActionStatistics.ActionLine::problemKey)
                .containsExactly("SRCH-1", "CHK-1");
    }

    @Test
    default void an_updated_action_moves_between_the_slices() {
        ActionStatistics statistics = statistics();
        Action stored = storeAction(action("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01"));
        assertThat(statistics.keys(ActionSlice.in(null).openOn(TODAY))).containsExactly("CHK-1");

        updateAction(stored.withTicketState(ActionStatus.DONE, "Done", "dev", Instant.parse("2026-03-02T10:00:00Z")));

        assertThat(statistics.keys(ActionSlice.in(null).openOn(TODAY))).isEmpty();
        assertThat(statistics.keys(ActionSlice.in(null).closed(LocalDate.parse("2026-03-01"), TODAY)))
                .containsExactly("CHK-1");
    }

    @Test
    default void a_team_whose_actions_sit_in_two_projects_counts_only_in_the_projects_asked() {
        ActionStatistics statistics = statistics();
        ActionRepositoryContract.sixActions(this::storeAction);
        // Checkout's project was OLD before it became CHK: one open action still lives there.
        storeAction(action("OLD-7", "checkout", "payments", "2026-01-01", null, "2026-02-01"));
        ActionSlice open = ActionSlice.in(Set.of("CHK", "OLD")).openOn(TODAY).team("checkout");

        assertThat(statistics.keys(open)).containsExactly("CHK-1", "CHK-2", "OLD-7");
        assertThat(statistics.keys(ActionSlice.in(Set.of("CHK")).openOn(TODAY).team("checkout")))
                .containsExactly("CHK-1", "CHK-2");
        assertThat(statistics.keys(ActionSlice.in(Set.of("OLD", "SRCH")).openOn(TODAY))).containsExactly("OLD-7", "SRCH-1");
        List<Long> created = new ArrayList<>();
        statistics.eachActive(Set.of("CHK", "OLD"), "payments", TODAY.minusDays(90), a -> created.add(a.created()));
        assertThat(created).containsExactlyInAnyOrder(LocalDate.parse("2026-01-01").toEpochDay(),
                LocalDate.parse("2026-01-01").toEpochDay(), LocalDate.parse("2026-03-10").toEpochDay(),
                LocalDate.parse("2026-02-01").toEpochDay());
        List<ActionDays> none = new ArrayList<>();
        statistics.eachActive(Set.of(), null, TODAY.minusDays(90), none::add);
        assertThat(none).isEmpty();
    }

    @Test
    default void the_closed_on_time_list_holds_exactly_the_actions_the_dashboard_counts_as_closed_on_time() {
        ActionStatistics statistics = statistics();
        ActionRepositoryContract.sixActions(this::storeAction);
        // Closed on the due day (on time), a day late, and at 23:30 UTC on the due day, which is the next day in
        // Kolkata but still the due day in London (the organisation's zone here).
        Action onTime = storeAction(action("ONT-1", "checkout", "payments", "2026-02-01", "2026-03-05", "2026-03-05"));
        storeAction(action("ONT-2", "checkout", "payments", "2026-02-01", "2026-03-06", "2026-03-05"));
        Action late = storeAction(action("ONT-3", "ledger", "payments", "2026-02-01", null, "2026-03-07"));
        updateAction(late.withTicketState(ActionStatus.DONE, "Done", "dev", Instant.parse("2026-03-07T23:30:00Z")));
        long after = TODAY.minusDays(90).toEpochDay();
        List<ActionDays> counted = new ArrayList<>();
        statistics.eachActive(null, null, TODAY.minusDays(90), days -> {
            if (days.closedBetween(after + 1, TODAY.toEpochDay()) && days.closedByDueDate()) {
                counted.add(days);
            }
        });
        ActionSlice closedOnTime = ActionSlice.in(null).closed(TODAY.minusDays(90), TODAY).onlyClosedByDueDate();

        List<String> listed = statistics.keys(closedOnTime);

        assertThat(listed).containsExactly("CHK-3", "ONT-1", "ONT-3");
        assertThat(listed).hasSameSizeAs(counted);

        // Reopened, it leaves the list; closed late, it stays out.
        Action reopened = updateAction(onTime.withTicketState(ActionStatus.OPEN, null, "dev", Instant.parse("2026-03-08T10:00:00Z")));
        assertThat(statistics.keys(closedOnTime)).containsExactly("CHK-3", "ONT-3");
        updateAction(reopened.withTicketState(ActionStatus.DONE, "Done", "dev", Instant.parse("2026-03-09T10:00:00Z")));
        assertThat(statistics.keys(closedOnTime)).containsExactly("CHK-3", "ONT-3");
    }
}
