package io.postmortem.core.accountability;

import io.postmortem.core.action.Action;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards judge each active action in memory; the JQL functions filter by {@link ActionFigure}'s slices. Over
 * random actions around today (open, closed on every side of each window, due before creation, due today), a
 * platform's figures today and 30 days ago, and its monthly trend, equal what the slices count directly.
 */
class FiguresAgreeWithSlicesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-16");

    @Test
    void figuresOnBothDaysEqualDirectCountsOverTheSlices() {
        for (long seed = 1; seed <= 20; seed++) {
            AccountabilityFixture f = randomActions(seed, 120);
            PlatformReport report = f.service.platform(f.org.actor("mim"), "payments");
            Figures now = report.figures();
            Figures expectedNow = direct(f, TODAY);
            Figures expectedThen = direct(f, TODAY.minusDays(AccountabilityService.CHANGE_DAYS));

            assertThat(now).as("seed %d today", seed).isEqualTo(expectedNow);
            assertThat(report.change()).as("seed %d change", seed).isEqualTo(expectedNow.changeSince(expectedThen));
        }
    }

    @Test
    void trendPointsEqualDirectCountsOverTheSlices() {
        for (long seed = 1; seed <= 10; seed++) {
            AccountabilityFixture f = randomActions(seed, 150);
            List<TrendPoint> trend = f.service.trend(f.org.actor("mim"), "payments", 12);

            ActionSlice base = ActionSlice.in(null).platform("payments");
            for (TrendPoint point : trend) {
                LocalDate end = point.month().equals(java.time.YearMonth.from(TODAY)) ? TODAY : point.month().atEndOfMonth();
                assertThat(point.openActions()).as("seed %d %s open", seed, point.month())
                        .isEqualTo(matching(f, ActionFigure.OPEN.on(base, end)).size());
                assertThat(point.closedActions()).as("seed %d %s closed", seed, point.month())
                        .isEqualTo(matching(f, base.closed(point.month().atDay(1).minusDays(1), end)).size());
            }
            assertThat(trend).hasSize(12);
        }
    }

    /**
     * Actions of two payments teams and one storefront team, created in the 500 days before today, a third open, the
     * others closed up to 200 days later (never after today), due from 20 days before creation to 100 days after.
     */
    private static AccountabilityFixture randomActions(long seed, int count) {
        AccountabilityFixture f = new AccountabilityFixture();
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            LocalDate created = TODAY.minusDays(random.nextInt(500));
            LocalDate closed = random.nextInt(3) == 0 ? null : created.plusDays(random.nextInt(200));
            if (closed != null && closed.isAfter(TODAY)) {
                closed = null;
            }
            boolean storefront = random.nextInt(4) == 0;
            f.action("CHK-" + i, storefront ? "search" : random.nextBoolean() ? "checkout" : "ledger",
                    storefront ? "storefront" : "payments", created.toString(),
                    closed == null ? null : closed.toString(), created.plusDays(random.nextInt(120) - 20).toString());
        }
        return f;
    }

    /** The action figures of the payments platform on {@code day}, counted slice by slice; no postmortems here. */
    private static Figures direct(AccountabilityFixture f, LocalDate day) {
        ActionSlice base = ActionSlice.in(null).platform("payments");
        List<Action> open = matching(f, ActionFigure.OPEN.on(base, day));
        List<Action> closing = matching(f, ActionFigure.CLOSED_LAST_90_DAYS.on(base, day));
        long onTime = matching(f, ActionFigure.CLOSED_ON_TIME_LAST_90_DAYS.on(base, day)).size();
        long[] ages = open.stream().mapToLong(a -> day.toEpochDay() - days(a).created()).toArray();
        long[] durations = closing.stream().mapToLong(a -> days(a).daysToClose()).toArray();
        return new Figures(open.size(), matching(f, ActionFigure.OVERDUE.on(base, day)).size(),
                matching(f, ActionFigure.DUE_SOON.on(base, day)).size(),
                matching(f, ActionFigure.CLOSED_LAST_30_DAYS.on(base, day)).size(), median(ages), median(durations),
                Tally.share(onTime, closing.size()), 0, null, null, closing.size(), onTime, 0, 0, 0, 0);
    }

    private static List<Action> matching(AccountabilityFixture f, ActionSlice slice) {
        Predicate<Action> matches = a -> slice.matches(a, AccountabilityFixture.LONDON);
        return f.store.actions.stream().filter(matches).toList();
    }

    private static ActionDays days(Action action) {
        return ActionDays.of(action, AccountabilityFixture.LONDON);
    }

    private static Double median(long[] values) {
        if (values.length == 0) {
            return null;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2.0;
    }
}
