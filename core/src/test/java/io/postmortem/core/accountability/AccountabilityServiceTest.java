package io.postmortem.core.accountability;

import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountabilityServiceTest {

    @Test
    void platformFiguresCountActionsAndPostmortemsOnToday() {
        AccountabilityFixture f = new AccountabilityFixture().standard();

        Figures payments = f.service.platform(f.org.actor("mim"), "payments").figures();

        assertThat(payments.openActions()).isEqualTo(3);            // CHK-1, CHK-2, LED-2
        assertThat(payments.overdueActions()).isEqualTo(1);         // CHK-1
        assertThat(payments.dueSoonActions()).isEqualTo(1);         // CHK-2 due 03-20
        assertThat(payments.closedLast30Days()).isEqualTo(1);       // CHK-3
        assertThat(payments.medianOpenAgeDays()).isEqualTo(15.0);   // ages 74, 6, 15
        assertThat(payments.medianDaysToClose()).isEqualTo(49.5);   // 28 and 71 days
        assertThat(payments.onTimeShare()).isEqualTo(0.5);          // CHK-3 on time, LED-1 late
        assertThat(payments.overduePostmortems()).isEqualTo(2);     // PM-2 (P1) and PM-3 (P4)
        assertThat(payments.postmortemsHeldOnTimeShare()).isEqualTo(0.5); // PM-1 on time of PM-1, PM-2
        assertThat(payments.publishedShare()).isEqualTo(0.3333);    // PM-1 of PM-1, PM-2, PM-4
    }

    @Test
    void teamRowsAddUpToThePlatform() {
        AccountabilityFixture f = new AccountabilityFixture().standard();

        PlatformReport report = f.service.platform(f.org.actor("mim"), "payments");

        assertThat(report.teams()).extracting(r -> r.team().slug()).containsExactly("checkout", "ledger");
        assertThat(report.teams()).extracting(r -> r.figures().openActions()).containsExactly(2L, 1L);
        assertThat(report.teams().get(1).figures().medianDaysToClose()).isEqualTo(71.0);
        assertThat(report.teams().stream().mapToLong(r -> r.figures().overduePostmortems()).sum())
                .isEqualTo(report.figures().overduePostmortems());
        assertThat(report.oldestOverdue()).extracting(ActionStatistics.ActionLine::problemKey).containsExactly("CHK-1");
    }

    @Test
    void changeComparesWithTheSameFiguresThirtyDaysAgo() {
        AccountabilityFixture f = new AccountabilityFixture().standard();

        PlatformReport report = f.service.platform(f.org.actor("mim"), "payments");

        // On 2026-02-14 CHK-1 and CHK-3 were open (LED-1 closed on 02-10): 3 now, 2 then.
        assertThat(report.change().get("openActions")).isEqualTo(1.0);
        // Then CHK-1 was not yet overdue (due 03-01).
        assertThat(report.change().get("overdueActions")).isEqualTo(1.0);
        // Then only LED-1 had closed in 90 days (71 days); now the median is 49.5.
        assertThat(report.change().get("medianDaysToClose")).isEqualTo(-21.5);
    }

    @Test
    void countsOnlyTicketsInProjectsTheViewerCanBrowse() {
        AccountabilityFixture f = new AccountabilityFixture().standard();
        f.org.hideProject("lead-payments", "LED");

        Figures figures = f.service.platform(f.org.actor("lead-payments"), "payments").figures();

        assertThat(figures.openActions()).isEqualTo(2);
        assertThat(figures.medianDaysToClose()).isEqualTo(28.0);
        assertThat(f.jql.actionsOf(f.org.actor("lead-payments"), "payments", "all"))
                .containsExactly("CHK-1", "CHK-2", "CHK-3");
    }

    @Test
    void theNumberOfQueriesDoesNotDependOnTheNumberOfActions() {
        AccountabilityFixture small = new AccountabilityFixture().standard();
        AccountabilityFixture large = new AccountabilityFixture().standard();
        for (int i = 0; i < 300; i++) {
            large.action("CHK-" + (100 + i), "checkout", "payments", "2026-01-0" + (1 + i % 9), null, "2026-02-01");
        }

        small.service.league(small.org.actor("mim"));
        large.service.league(large.org.actor("mim"));

        assertThat(large.store.queries).isEqualTo(small.store.queries).isLessThanOrEqualTo(13);
    }

    @Test
    void theLeagueIsForMimSreAndAdministratorsOnly() {
        AccountabilityFixture f = new AccountabilityFixture().standard();

        assertThat(f.service.league(f.org.actor("sre"))).hasSize(2);
        assertThat(f.service.league(f.org.actor("admin"))).hasSize(2);
        assertThatThrownBy(() -> f.service.league(f.org.actor("lead-payments"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.service.league(f.org.actor("dev-checkout"))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theLeagueMarksTheWorstPlatformPerFigureAndNothingWhereAllAreEqual() {
        AccountabilityFixture f = new AccountabilityFixture().standard();

        List<LeagueRow> league = f.service.league(f.org.actor("mim"));

        LeagueRow payments = league.get(0);
        LeagueRow storefront = league.get(1);
        assertThat(payments.platform().slug()).isEqualTo("payments");
        assertThat(payments.worst()).contains("openActions", "overduePostmortems")
                .doesNotContain("overdueActions", "publishedShare");            // overdue 1 and 1: equal
        assertThat(storefront.worst()).contains("publishedShare")                // PM-5 not published
                .doesNotContain("openActions", "overdueActions");
        assertThat(storefront.figures().overdueActions()).isEqualTo(1);
    }

    @Test
    void aLeadSeesTheirPlatformAndPlatformsWhoseProjectsTheyCanBrowse() {
        AccountabilityFixture f = new AccountabilityFixture().standard();
        f.org.hideProject("lead-storefront", "SRCH");
        f.org.hideProject("lead-payments", "SRCH");

        assertThat(f.service.platform(f.org.actor("lead-storefront"), "storefront").figures().openActions()).isZero();
        assertThat(f.service.platform(f.org.actor("lead-storefront"), "payments").figures().openActions()).isEqualTo(3);
        assertThatThrownBy(() -> f.service.platform(f.org.actor("lead-payments"), "storefront"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.service.platform(f.org.actor("outsider"), "payments"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.service.platform(f.org.actor("mim"), "nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void postmortemsAreHeldOnTimeByTheOrganisationsCalendarDay() {
        // 23:30 UTC on the due date is already the next day in Tokyo.
        AccountabilityFixture tokyo = new AccountabilityFixture(ZoneId.of("Asia/Tokyo"));
        AccountabilityFixture london = new AccountabilityFixture();
        for (AccountabilityFixture f : List.of(tokyo, london)) {
            f.postmortem("PM-9", Severity.P2, "checkout", "payments", "2026-03-01", "2026-03-03",
                    "2026-03-03T23:30:00Z", null);
        }

        assertThat(london.service.platform(london.org.actor("mim"), "payments").figures().postmortemsHeldOnTimeShare())
                .isEqualTo(1.0);
        assertThat(tokyo.service.platform(tokyo.org.actor("mim"), "payments").figures().postmortemsHeldOnTimeShare())
                .isEqualTo(0.0);
    }

    @Test
    void theTrendGivesOpenAndClosedActionsAndOverduePostmortemsPerMonth() {
        AccountabilityFixture f = new AccountabilityFixture().standard();

        List<TrendPoint> trend = f.service.trend(f.org.actor("mim"), "payments", 4);

        assertThat(trend).extracting(TrendPoint::month).containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(trend).extracting(TrendPoint::openActions).containsExactly(1L, 2L, 2L, 3L);
        assertThat(trend).extracting(TrendPoint::closedActions).containsExactly(0L, 0L, 1L, 1L);
        assertThat(trend).extracting(TrendPoint::overduePostmortems).containsExactly(0L, 0L, 0L, 2L);
    }

    @Test
    void everyLinkedJqlQueryReturnsExactlyTheCountedTickets() {
        AccountabilityFixture f = new AccountabilityFixture().standard();
        var mim = f.org.actor("mim");
        PlatformReport report = f.service.platform(mim, "payments");
        Map<String, Figures> groups = new java.util.LinkedHashMap<>();
        groups.put("payments", report.figures());
        report.teams().forEach(t -> groups.put(t.team().slug(), t.figures()));

        int checked = 0;
        for (var group : groups.entrySet()) {
            Figures figures = group.getValue();
            Map<String, Long> counted = Map.of("openActions", figures.openActions(),
                    "overdueActions", figures.overdueActions(), "dueSoonActions", figures.dueSoonActions(),
                    "closedLast30Days", figures.closedLast30Days(), "medianOpenAgeDays", figures.openActions(),
                    "medianDaysToClose", figures.closedLast90Days(), "onTimeShare", figures.closedOnTimeLast90Days(),
                    "overduePostmortems", figures.overduePostmortems(),
                    "postmortemsHeldOnTimeShare", figures.postmortemsHeldOnTime(),
                    "publishedShare", figures.publishedPostmortems());
            for (var link : JqlLinks.forGroup(group.getKey()).entrySet()) {
                List<String> keys = JqlLinkRunner.run(f.jql, mim, link.getValue());
                assertThat(keys).as(group.getKey() + " " + link.getKey() + ": " + link.getValue())
                        .hasSize(counted.get(link.getKey()).intValue());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(30);
        assertThat(JqlLinkRunner.run(f.jql, mim, "issue in overdueActions(\"payments\")")).containsExactly("CHK-1");
        assertThat(JqlLinkRunner.run(f.jql, mim, "issue in postmortemsOverdue(\"payments\")"))
                .containsExactly("PM-2", "PM-3");
    }
}
