package io.postmortem.sandbox.browser;

import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The postmortem of a resolved P2, from the incident's panel through the timeline to the publish gate. */
@UsesSandbox
@UsesBrowser
class PostmortemLifecycleBrowserTest {
    private final Sandbox sandbox;
    private final WebDriver browser;

    PostmortemLifecycleBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
    }

    @Test
    void aResolvedP2GetsAPostmortemWhoseTeamsWriteTheTimelineAndWhosePublishingWaitsForTheBlamelessReview() {
        Instant now = sandbox.bean(SandboxClock.class).instant();
        Instant started = now.minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Issue incident = sandbox.bean(TicketWorkflow.class).create(new NewIssue("INC", SandboxFields.INCIDENT,
                "Card authorisations failing", "Card authorisations failed for a third of payments.", "High", "mim",
                "dev-card-processing", Map.of(SandboxFields.SEVERITY, List.of("P2"),
                        SandboxFields.OWNING_TEAM, List.of("card-processing"),
                        SandboxFields.IMPACTED_TEAMS, List.of("billing"),
                        SandboxFields.STARTED_AT, List.of(started.toString())), now));
        sandbox.bean(TicketWorkflow.class).transition(incident.key(), SandboxFields.DONE, "mim");
        Postmortem postmortem = sandbox.bean(AoPostmortemRepository.class).findByIncident(incident.key()).orElseThrow();

        // The incident's panel shows the postmortem made on resolution.
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "dev-card-processing");
        browser.get(sandbox.baseUrl() + "/browse/" + incident.key());
        WebElement panel = browser.findElement(By.id("pm-incident-panel"));
        assertThat(panel.findElement(By.className("pm-postmortem-key")).getText()).isEqualTo(postmortem.key());
        assertThat(panel.findElement(By.className("pm-facilitator")).getText()).isEqualTo("Major Incident Management");
        assertThat(panel.findElement(By.className("pm-status")).getText()).isEqualToIgnoringCase("Draft");

        // Two entries, written out of order, appear in time order with their team.
        WebElement timeline = browser.findElement(By.className("pm-incident-timeline"));
        addTimelineEntry(timeline, started.plus(12, ChronoUnit.MINUTES), "DETECTED", "Error-rate alert paged the on-call engineer");
        addTimelineEntry(timeline, started, "IMPACT_STARTED", "Card authorisations began to fail");
        Eventually.holds("both entries listed", () -> timeline.findElements(By.className("pm-timeline-entry")).size() == 2);
        List<WebElement> entries = timeline.findElements(By.className("pm-timeline-entry"));
        assertThat(entries.get(0).getText()).contains("Card authorisations began to fail", "card-processing");
        assertThat(entries.get(1).getText()).contains("Error-rate alert paged the on-call engineer");
        SharedBrowser.screenshot(browser, "incident-postmortem-panel-with-timeline");

        // The document flags blameful wording as it is typed.
        browser.findElement(By.className("pm-postmortem-key")).click();
        WebElement summary = browser.findElement(By.id("pm-section-SUMMARY"));
        summary.sendKeys("Dave should have checked the config before deploying.");
        Eventually.holds("a blameless finding appears", () -> browser.findElements(
                By.cssSelector(".blameless-review__list li")).stream().anyMatch(li -> li.getText().contains("should have")));
        SharedBrowser.screenshot(browser, "postmortem-blameless-highlight");
        browser.findElement(By.id("pm-section-IMPACT")).sendKeys("A third of card payments failed for 50 minutes.");
        browser.findElement(By.className("pm-save")).click();
        Eventually.holds("saved", () -> browser.findElement(By.cssSelector(".pm-document > .pm-message")).getText().contains("Saved"));
        browser.findElement(By.cssSelector(".pm-transition[data-to='IN_REVIEW']")).click();
        Eventually.holds("in review", () -> browser.findElement(By.cssSelector(".pm-document .pm-status")).getText().equalsIgnoreCase("In review"));

        // MIM tries to publish: the gate lists what is missing and asks for an acknowledgement.
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
        browser.get(sandbox.baseUrl() + "/browse/" + incident.key());
        assertThat(browser.findElement(By.className("pm-blameless-count")).getText()).startsWith("1 ");
        browser.get(sandbox.baseUrl() + "/browse/" + postmortem.key());
        browser.findElement(By.cssSelector(".pm-transition[data-to='PUBLISHED']")).click();
        Eventually.holds("the missing list", () -> browser.findElement(By.className("pm-missing")).getText().contains("rootCauses"));
        Eventually.holds("the blameless gate", () -> !browser.findElements(By.className("pm-blameless-finding")).isEmpty());
        assertThat(browser.findElement(By.className("pm-missing")).getText()).contains("blameless:");
        SharedBrowser.screenshot(browser, "postmortem-publish-gate");

        WebElement finding = browser.findElement(By.className("pm-blameless-finding"));
        finding.findElement(By.className("pm-blameless-reason")).sendKeys("Dave asked to keep his own words in the record.");
        finding.findElement(By.className("pm-blameless-acknowledge")).click();
        Eventually.holds("the finding is acknowledged", () -> browser.findElements(By.className("pm-blameless-gate-done")).size() == 1);
        assertThat(sandbox.bean(AoPostmortemRepository.class).findByKey(postmortem.key()).orElseThrow().status().name())
                .isEqualTo("IN_REVIEW");
    }

    /** Picks an option by value, as a person choosing from the list would (the page hears the change). */
    private void choose(WebElement select, String value) {
        select.findElement(By.cssSelector("option[value='" + value + "']")).click();
        assertThat(select.getAttribute("value")).isEqualTo(value);
    }

    private void addTimelineEntry(WebElement panel, Instant at, String kind, String text) {
        WebElement form = panel.findElement(By.className("pm-timeline-form"));
        Eventually.holds("the team list loads", () -> form.isDisplayed()
                && !form.findElement(By.name("team")).findElements(By.tagName("option")).isEmpty());
        String local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneId.of("Europe/London")).format(at);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", form.findElement(By.name("at")), local);
        choose(form.findElement(By.name("team")), "card-processing");
        choose(form.findElement(By.name("kind")), kind);
        form.findElement(By.name("text")).clear();
        form.findElement(By.name("text")).sendKeys(text);
        int before = panel.findElements(By.className("pm-timeline-entry")).size();
        form.findElement(By.className("pm-timeline-submit")).click();
        Eventually.holds("the entry appears", () -> panel.findElements(By.className("pm-timeline-entry")).size() == before + 1);
    }
}
