package io.postmortem.sandbox.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.product.LearningScenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learning that lands, seen in the browser: an impacted team's engineer marks a published postmortem read, the
 * platform dashboard's learning figures with their drill-down, and the administrators' choice of the checklist
 * criteria that gate publishing, with the message the document shows when one is unmet.
 */
@UsesSandbox
@UsesBrowser
class ReadsFiguresAndGatingBrowserTest {
    private static final String API = "/rest/postmortem/1.0";
    private static final String OWNING_ENGINEER = "dev-card-processing";
    private static final String IMPACTED_ENGINEER = "dev-billing";
    private static final String GATED = "prevent-action-high-priority";

    private final Sandbox sandbox;
    private final WebDriver browser;
    private final Http http;
    private final LearningScenario scenario;

    ReadsFiguresAndGatingBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
        this.http = new Http(sandbox.baseUrl());
        this.scenario = new LearningScenario(http);
    }

    @Test
    void anImpactedTeamsEngineerMarksThePublishedPostmortemReadAndTheDocumentShowsThem() {
        String key = writtenPostmortemOfResolvedP1("HIGH");
        scenario.publish(key);

        SharedBrowser.logInAs(browser, sandbox.baseUrl(), IMPACTED_ENGINEER);
        browser.get(sandbox.baseUrl() + "/browse/" + key);
        By billing = By.cssSelector(".pm-reads .pm-reads-team[data-team='billing']");
        Eventually.holds("the reads per impacted team load", () -> !browser.findElements(billing).isEmpty());
        assertThat(browser.findElement(billing).getText()).contains("0 of");
        assertThat(browser.findElements(By.cssSelector(".pm-reads .pm-read-already"))).isEmpty();

        browser.findElement(By.cssSelector(".pm-reads .pm-mark-read")).click();

        WebElement message = browser.findElement(By.cssSelector(".pm-reads .pm-reads-message"));
        Eventually.holds("the document confirms", () -> message.getText().equals("Marked as read. Thank you."));
        JsonNode reads = http.get("sre", API + "/postmortems/" + key + "/reads").json();
        JsonNode billingReads = LearningScenario.team(reads, "billing");
        assertThat(billingReads.get("readers")).hasSize(1);
        assertThat(billingReads.get("readers").get(0).get("username").asText()).isEqualTo(IMPACTED_ENGINEER);
        String reader = billingReads.get("readers").get(0).get("displayName").asText();
        assertThat(browser.findElement(billing).findElement(By.className("pm-readers")).getText()).isEqualTo(reader);
        assertThat(browser.findElement(billing).getText()).contains("1 of " + billingReads.get("members").asInt());
        assertThat(browser.findElement(By.cssSelector(".pm-reads .pm-mark-read")).isDisplayed()).isFalse();
        assertThat(LearningScenario.team(reads, "card-processing").get("readers")).isEmpty();
        SharedBrowser.screenshot(browser, "postmortem-marked-read");

        // Afterwards the document shows them as having read it, with no button to mark it again.
        browser.navigate().refresh();
        Eventually.holds("the reads load again", () -> !browser.findElements(billing).isEmpty()
                && browser.findElement(billing).findElement(By.className("pm-readers")).getText().equals(reader));
        assertThat(browser.findElement(By.cssSelector(".pm-reads .pm-read-already")).getText()).isEqualToIgnoringCase("You have read it");
        assertThat(browser.findElements(By.cssSelector(".pm-reads .pm-mark-read"))).isEmpty();
        assertThat(http.post("outsider", API + "/postmortems/" + key + "/reads", "{}").status()).isEqualTo(403);
    }

    @Test
    void thePlatformDashboardShowsTheLearningFiguresAndEachDrillsDownToItsPostmortems() {
        String key = writtenPostmortemOfResolvedP1("HIGH");
        scenario.publish(key);
        JsonNode figures = http.get("lead-payments", API + "/accountability/platforms/payments/learning").json();
        assertThat(figures.get("scoredPostmortems").asLong()).isGreaterThanOrEqualTo(1);

        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "lead-payments");
        browser.get(sandbox.baseUrl() + "/secure/Dashboard.jspa?platform=payments");
        By learning = By.cssSelector("#platform-accountability-item .pm-learning-figure");
        Eventually.holds("the learning figures are drawn", () -> browser.findElements(learning).size() == 3);

        WebElement median = figure("medianQualityScore");
        assertThat(median.findElement(By.className("pm-figure-label")).getText()).isEqualTo("Median checklist score");
        assertThat(Double.parseDouble(median.findElement(By.className("pm-figure-value")).getText()))
                .isEqualTo(figures.get("medianQualityScore").asDouble());
        assertThat(median.findElement(By.className("pm-figure-counts")).getText())
                .isEqualTo(figures.get("scoredPostmortems").asLong() + " postmortems");
        WebElement bar = figure("qualityBarShare");
        assertThat(bar.findElement(By.className("pm-figure-label")).getText())
                .isEqualTo("Meeting the bar (" + figures.get("bar").asInt() + ")");
        assertThat(bar.findElement(By.className("pm-figure-value")).getText())
                .isEqualTo(Math.round(figures.get("qualityBarShare").asDouble() * 100) + "%");
        assertThat(bar.findElement(By.className("pm-figure-counts")).getText())
                .isEqualTo(figures.get("meetingBar").asLong() + " of " + figures.get("scoredPostmortems").asLong());
        WebElement read = figure("readWithin14DaysShare");
        assertThat(read.findElement(By.className("pm-figure-label")).getText())
                .isEqualTo("Read by impacted engineers within 14 days");
        assertThat(read.findElement(By.className("pm-figure-counts")).getText())
                .isEqualTo(figures.get("readWithin14Days").asLong() + " of " + figures.get("impactedEngineers").asLong());

        // Each figure links to the issue search of the postmortems it counts.
        assertThat(jqlOf(bar)).isEqualTo("issue in postmortemsOf(\"payments\", \"meetingBar\")");
        assertThat(jqlOf(read)).isEqualTo("issue in postmortemsOf(\"payments\", \"readMeasured\")");
        assertThat(jqlOf(median)).isEqualTo("issue in postmortemsOf(\"payments\", \"scored\")");
        SharedBrowser.screenshot(browser, "dashboard-learning-figures");

        median.findElement(By.className("pm-figure-value")).click();
        Eventually.holds("the issue search lists the scored postmortems",
                () -> !browser.findElements(By.id("issue-count")).isEmpty());
        assertThat(browser.findElement(By.id("jql")).getAttribute("value"))
                .isEqualTo("issue in postmortemsOf(\"payments\", \"scored\")");
        assertThat(browser.findElement(By.id("issue-count")).getAttribute("data-count"))
                .isEqualTo(String.valueOf(figures.get("scoredPostmortems").asLong()));
        List<String> keys = browser.findElements(By.cssSelector("#issuetable tr.issuerow")).stream()
                .map(row -> row.getAttribute("data-issuekey")).toList();
        assertThat(keys).hasSize((int) figures.get("scoredPostmortems").asLong()).contains(key);
        SharedBrowser.screenshot(browser, "dashboard-learning-drill-down");
    }

    @Test
    void anAdministratorChoosesAGatingCriterionWhichThenBlocksPublishingWithAClearMessage() {
        String before = http.get("admin", API + "/config/export").body();
        try {
            SharedBrowser.logInAs(browser, sandbox.baseUrl(), "admin");
            browser.findElement(By.id("nav-administration")).click();
            Eventually.holds("the configuration loads", () -> !browser.findElement(
                    By.id("policies.escalateAfterBusinessDays")).getAttribute("value").isEmpty());
            WebElement gate = browser.findElement(By.id("quality.gatingCriteria." + GATED));
            assertThat(gate.isSelected()).isFalse();
            assertThat(browser.findElement(By.id("quality.gatingCriteria.impact-quantified")).isSelected()).isFalse();
            // AUI draws its own box over the input: the label is what a person clicks
            WebElement label = browser.findElement(By.cssSelector("label[for='quality.gatingCriteria." + GATED + "']"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
            label.click();
            assertThat(gate.isSelected()).isTrue();
            browser.findElement(By.id("postmortem-save")).click();
            Eventually.holds("the gating criterion is saved", () -> sandbox.bean(ConfigurationStore.class).load()
                    .quality().gatingCriteria().contains(GATED));
            assertThat(sandbox.bean(ConfigurationStore.class).load().quality().gatingCriteria()).containsExactly(GATED);

            browser.navigate().refresh();
            Eventually.holds("the configuration loads again", () -> !browser.findElement(
                    By.id("policies.escalateAfterBusinessDays")).getAttribute("value").isEmpty());
            Eventually.holds("the saved choice is shown", () -> browser.findElement(
                    By.id("quality.gatingCriteria." + GATED)).isSelected());
            assertThat(browser.findElement(By.id("quality.gatingCriteria.impact-quantified")).isSelected()).isFalse();
            SharedBrowser.screenshot(browser, "admin-checklist-gating");

            // A P1 whose only prevent action is of low priority cannot be published from the document.
            String key = writtenPostmortemOfResolvedP1("LOW");
            assertThat(http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"IN_REVIEW\"}").status())
                    .isEqualTo(200);
            SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
            browser.get(sandbox.baseUrl() + "/browse/" + key);
            browser.findElement(By.cssSelector(".pm-transition[data-to='PUBLISHED']")).click();

            WebElement missing = browser.findElement(By.className("pm-missing"));
            Eventually.holds("the refusal is listed", () -> missing.isDisplayed() && !missing.getText().isBlank());
            String reason = missing.getText();
            assertThat(reason).startsWith("A high-priority prevent action (P1/P2): ")
                    .doesNotContain("quality." + GATED);
            String detail = LearningScenario.criterion(http.get("mim", API + "/postmortems/" + key).json().get("quality"), GATED)
                    .get("detail").asText();
            assertThat(reason).endsWith(detail);
            assertThat(http.get("mim", API + "/postmortems/" + key).json().get("status").asText()).isEqualTo("IN_REVIEW");
            SharedBrowser.screenshot(browser, "postmortem-publish-gated");
        } finally {
            http.send("admin", "POST", API + "/config/import", before, "application/json");
        }
    }

    private WebElement figure(String name) {
        return browser.findElement(By.cssSelector("#platform-accountability-item .pm-learning-figure[data-figure='"
                + name + "']"));
    }

    private static String jqlOf(WebElement figure) {
        String href = figure.findElement(By.className("pm-figure-value")).getAttribute("href");
        assertThat(href).contains("/issues/?jql=");
        return URLDecoder.decode(href.substring(href.indexOf("jql=") + 4), StandardCharsets.UTF_8);
    }

    /** A resolved P1 of card processing that impacted billing, written to meet the checklist but for its action. */
    private String writtenPostmortemOfResolvedP1(String preventPriority) {
        Instant started = sandbox.bean(SandboxClock.class).instant().minus(3, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.MINUTES);
        String key = scenario.postmortemOfResolvedP1(started.toString());
        scenario.write(key, OWNING_ENGINEER);
        scenario.raisePreventAction(key, preventPriority);
        return key;
    }
}
