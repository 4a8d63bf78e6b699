package io.postmortem.sandbox.browser;

import io.postmortem.core.access.Actors;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import io.postmortem.core.action.ActionDraft;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.Priority;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accountability dashboard items on the sandbox's dashboard: the platform's figures and teams, the league
 * sorted by a column, the trend chart, and a figure's drill-down listing exactly the counted tickets. The test
 * raises the actions it counts, so it does not depend on the demo data.
 */
@UsesSandbox
@UsesBrowser
class AccountabilityDashboardsBrowserTest {
    private static final String PLATFORM = "logistics";
    private static final String TEAM = "fulfilment";

    private final Sandbox sandbox;
    private final WebDriver browser;
    private final List<String> raised = new ArrayList<>();

    AccountabilityDashboardsBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
    }

    @BeforeEach
    void threeOpenActionsOfFulfilment() {
        Instant now = sandbox.bean(SandboxClock.class).instant();
        Issue incident = sandbox.bean(TicketWorkflow.class).create(new NewIssue("INC", SandboxFields.INCIDENT,
                "Parcels stuck in the sorting queue", "Orders were not picked for two hours.", "High", "mim",
                "dev-" + TEAM, Map.of(SandboxFields.SEVERITY, List.of("P2"),
                        SandboxFields.OWNING_TEAM, List.of(TEAM),
                        SandboxFields.STARTED_AT, List.of(now.minus(4, ChronoUnit.HOURS).toString())), now));
        sandbox.bean(TicketWorkflow.class).transition(incident.key(), SandboxFields.DONE, "mim");
        Postmortem postmortem = sandbox.bean(AoPostmortemRepository.class).findByIncident(incident.key()).orElseThrow();
        for (String summary : List.of("Alert on sorting queue depth", "Add a second picker consumer",
                "Runbook for draining the queue")) {
            raised.add(sandbox.bean(RaiseAction.class).raise(postmortem.key(), new ActionDraft(summary, null,
                    ActionType.PREVENT, TEAM, Priority.HIGH, UUID.randomUUID().toString(), null, null),
                    sandbox.bean(Actors.class).of("mim")).item().action().problemKey());
        }
    }

    @Test
    void mimSeesEveryItemSortsTheLeagueAndDrillsDownToTheCountedTickets() {
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
        browser.get(sandbox.baseUrl() + "/secure/Dashboard.jspa?platform=" + PLATFORM);

        // The platform item: figures with their links, the team table.
        Eventually.holds("the platform item is drawn", () -> !browser.findElements(
                By.cssSelector("#platform-accountability-item .pm-platform-accountability")).isEmpty());
        WebElement platform = browser.findElement(By.id("platform-accountability-item"));
        assertThat(platform.findElement(By.className("pm-platform-name")).getText()).isEqualTo("Logistics");
        assertThat(platform.findElements(By.cssSelector(".pm-figure"))).hasSize(10);
        WebElement open = platform.findElement(By.cssSelector(".pm-figure[data-figure='openActions'] a.pm-figure-value"));
        int shownOpen = Integer.parseInt(open.getText());
        assertThat(shownOpen).isGreaterThanOrEqualTo(raised.size());
        assertThat(open.getAttribute("href")).contains("/jira/issues/?jql=");
        WebElement teamRow = platform.findElement(By.cssSelector(".pm-team-table tr[data-team='" + TEAM + "']"));
        assertThat(Integer.parseInt(teamRow.findElement(By.cssSelector("td[data-figure='openActions'] a")).getText()))
                .isGreaterThanOrEqualTo(raised.size());
        assertThat(platform.findElements(By.cssSelector(".pm-team-table tbody tr"))).hasSize(5);
        assertThat(platform.findElement(By.className("pm-csv")).getAttribute("href"))
                .endsWith("/rest/postmortem/1.0/accountability/platforms/" + PLATFORM + "?format=csv");

        // The league: every platform; sorting by a column reorders the rows and marks the header.
        Eventually.holds("the league lists every platform", () -> browser.findElements(
                By.cssSelector("#accountability-league-item .pm-league-table tbody tr")).size() == 12);
        List<String> byName = leagueOrder();
        assertThat(byName).isSortedAccordingTo(String::compareTo);
        sortLeagueBy("openActions", "descending");
        assertThat(leagueColumn("openActions")).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        List<String> mostFirst = leagueOrder();
        assertThat(mostFirst).isNotEqualTo(byName).containsExactlyInAnyOrderElementsOf(byName);
        sortLeagueBy("openActions", "ascending");
        assertThat(leagueColumn("openActions")).isSortedAccordingTo(Integer::compare);
        assertThat(leagueOrder()).isNotEqualTo(mostFirst);
        assertThat(browser.findElement(By.cssSelector("#accountability-league-item tr[data-platform='" + PLATFORM
                + "'] td[data-figure='openActions'] a")).getText()).isEqualTo(String.valueOf(shownOpen));

        // The trend: an inline SVG chart with three labelled series, a legend and the numbers of 12 months.
        Eventually.holds("the trend chart is drawn", () -> !browser.findElements(
                By.cssSelector("#accountability-trend-item svg.pm-trend-chart")).isEmpty());
        WebElement chart = browser.findElement(By.cssSelector("#accountability-trend-item svg.pm-trend-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElements(By.cssSelector("g.pm-series"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#accountability-trend-item .pm-trend-legend li"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#accountability-trend-item .pm-trend-table tbody tr"))).hasSize(12);
        SharedBrowser.screenshot(browser, "dashboards-mim");
        scrollTo("accountability-league-item");
        SharedBrowser.screenshot(browser, "dashboards-league-sorted");
        scrollTo("accountability-trend-item");
        SharedBrowser.screenshot(browser, "dashboards-trend");

        // Drill-down: the open-actions figure lists exactly the counted tickets.
        browser.findElement(By.cssSelector("#platform-accountability-item .pm-figure[data-figure='openActions'] a")).click();
        Eventually.holds("the issue search lists the tickets", () -> !browser.findElements(By.id("issue-count")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("/jira/issues/?jql=");
        assertThat(browser.findElement(By.id("jql")).getAttribute("value"))
                .isEqualTo("issue in actionsOf(\"" + PLATFORM + "\", \"open\")");
        assertThat(browser.findElement(By.id("issue-count")).getAttribute("data-count")).isEqualTo(String.valueOf(shownOpen));
        List<String> keys = browser.findElements(By.cssSelector("#issuetable tr.issuerow")).stream()
                .map(row -> row.getAttribute("data-issuekey")).toList();
        assertThat(keys).hasSize(shownOpen).containsAll(raised);
        assertThat(browser.findElement(By.cssSelector("tr.issuerow[data-issuekey='" + raised.get(0) + "'] .summary"))
                .getText()).isEqualTo("Alert on sorting queue depth");
        SharedBrowser.screenshot(browser, "dashboards-drill-down");
    }

    @Test
    void theLeagueIsNotForEngineersWhoStillSeeTheirPlatform() {
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "dev-" + TEAM);
        browser.get(sandbox.baseUrl() + "/secure/Dashboard.jspa?platform=" + PLATFORM);
        Eventually.holds("the league explains the refusal", () -> !browser.findElements(
                By.cssSelector("#accountability-league-item .pm-refused")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#accountability-league-item .pm-refused")).getText())
                .contains("Major Incident Management, SRE and Jira administrators");
        assertThat(browser.findElements(By.cssSelector("#accountability-league-item .pm-league-table"))).isEmpty();
        Eventually.holds("the platform item is drawn", () -> !browser.findElements(
                By.cssSelector("#platform-accountability-item .pm-platform-accountability")).isEmpty());
        SharedBrowser.screenshot(browser, "dashboards-engineer");
    }

    @Test
    void thePostmortemOfTheMonthIsFeaturedOnItsOwnItem() {
        var featured = new io.postmortem.sandbox.Http(sandbox.baseUrl()).get("mim", "/rest/postmortem/1.0/library?limit=1")
                .json().get("featured");
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
        browser.get(sandbox.baseUrl() + "/secure/Dashboard.jspa");
        Eventually.holds("the month's item draws", () -> !browser.findElements(
                By.cssSelector("#postmortem-of-the-month-item .pm-winner-title, #postmortem-of-the-month-item .pm-no-winner")).isEmpty());
        if (featured == null || featured.isNull()) {
            assertThat(browser.findElements(By.cssSelector("#postmortem-of-the-month-item .pm-no-winner"))).hasSize(1);
        } else {
            assertThat(browser.findElement(By.cssSelector("#postmortem-of-the-month-item .pm-winner-title")).getText())
                    .contains(featured.get("postmortemKey").asText());
        }
        scrollTo("postmortem-of-the-month-item");
        SharedBrowser.screenshot(browser, "dashboards-postmortem-of-the-month");
    }

    @Test
    void theIssueSearchSaysWhenItDoesNotUnderstandAQuery() {
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
        browser.get(sandbox.baseUrl() + "/issues/?jql=project%20%3D%20FUL");
        assertThat(browser.findElement(By.id("jql-unknown")).getText()).contains("does not understand", "actionsOf");
        assertThat(browser.findElements(By.id("issuetable"))).isEmpty();
    }

    /** Clicks the column's header (each click flips the order) and waits for the order it should give. */
    private void sortLeagueBy(String figure, String order) {
        browser.findElement(By.cssSelector("#accountability-league-item button[data-sort='" + figure + "']")).click();
        Eventually.holds("the league sorted " + order + " by " + figure, () -> order.equals(browser.findElement(
                By.cssSelector("#accountability-league-item th[data-column='" + figure + "']")).getAttribute("aria-sort")));
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", browser.findElement(By.id(id)));
    }

    private List<String> leagueOrder() {
        return browser.findElements(By.cssSelector("#accountability-league-item .pm-league-table tbody tr .pm-league-name"))
                .stream().map(WebElement::getText).toList();
    }

    private List<Integer> leagueColumn(String figure) {
        return browser.findElements(By.cssSelector("#accountability-league-item .pm-league-table tbody td[data-figure='"
                + figure + "'] a")).stream().map(a -> Integer.parseInt(a.getText())).toList();
    }
}
