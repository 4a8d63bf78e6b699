package io.postmortem.sandbox.browser;

import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.host.Outbox;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The review checklist rescoring unsaved text, and joining an upcoming meeting from the library. */
@UsesSandbox
@UsesBrowser
class LearningThatLandsBrowserTest {
    private final Sandbox sandbox;
    private final WebDriver browser;
    private final Http http;

    LearningThatLandsBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void theChecklistTicksImpactAsItIsTypedBeforeAnySave() {
        Postmortem postmortem = resolvedP1();
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "dev-card-processing");
        browser.get(sandbox.baseUrl() + "/browse/" + postmortem.key());
        WebElement impact = browser.findElement(By.cssSelector(".pm-quality-criterion[data-criterion='impact-quantified']"));
        assertThat(impact.getAttribute("class")).contains("pm-unmet");
        String scoreBefore = browser.findElement(By.className("pm-quality-score")).getText();

        browser.findElement(By.id("pm-section-IMPACT")).sendKeys("About 1,200 customers could not pay for 42 minutes.");

        Eventually.holds("impact ticked", () -> browser.findElement(
                By.cssSelector(".pm-quality-criterion[data-criterion='impact-quantified']")).getAttribute("class").contains("pm-met"));
        assertThat(Integer.parseInt(browser.findElement(By.className("pm-quality-score")).getText()))
                .isGreaterThan(Integer.parseInt(scoreBefore));
        assertThat(sandbox.bean(AoPostmortemRepository.class).findByKey(postmortem.key()).orElseThrow().version())
                .isEqualTo(postmortem.version());
        SharedBrowser.screenshot(browser, "postmortem-review-checklist");
    }

    @Test
    void anEngineerOfAnotherTeamJoinsAMeetingFromTheLibraryAndGetsTheInvitation() {
        Postmortem postmortem = resolvedP1();
        Instant start = sandbox.bean(SandboxClock.class).instant().plus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        Http.Answer scheduled = http.send("mim", "PUT", "/rest/postmortem/1.0/postmortems/" + postmortem.key() + "/meeting",
                "{\"start\": \"" + start + "\", \"durationMinutes\": 60, \"location\": \"https://meet.example.com/pm\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);

        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "dev-search-relevance");
        browser.get(sandbox.baseUrl() + "/plugins/servlet/postmortem/library");
        By meeting = By.cssSelector(".pm-upcoming-meeting[data-postmortem-key='" + postmortem.key() + "']");
        Eventually.holds("the meeting is listed", () -> !browser.findElements(meeting).isEmpty());
        WebElement item = browser.findElement(meeting);
        assertThat(item.getText()).contains(postmortem.incidentKey(), "https://meet.example.com/pm", "Card Processing");
        item.findElement(By.className("pm-join-meeting")).click();

        Eventually.holds("joined", () -> !browser.findElement(meeting).findElements(By.className("pm-upcoming-invited")).isEmpty());
        assertThat(sandbox.bean(Outbox.class).mail().stream().anyMatch(mail -> mail.to().contains("dev-search-relevance")
                && mail.subject().contains(postmortem.incidentKey()))).isTrue();
        SharedBrowser.screenshot(browser, "library-upcoming-meetings-joined");
    }

    private Postmortem resolvedP1() {
        Instant now = sandbox.bean(SandboxClock.class).instant();
        Instant started = now.minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Issue incident = sandbox.bean(TicketWorkflow.class).create(new NewIssue("INC", SandboxFields.INCIDENT,
                "Card authorisations failing", "Card authorisations failed for a third of payments.", "Highest", "mim",
                "dev-card-processing", Map.of(SandboxFields.SEVERITY, List.of("P1"),
                        SandboxFields.OWNING_TEAM, List.of("card-processing"),
                        SandboxFields.IMPACTED_TEAMS, List.of("billing"),
                        SandboxFields.STARTED_AT, List.of(started.toString())), now));
        sandbox.bean(TicketWorkflow.class).transition(incident.key(), SandboxFields.DONE, "mim");
        return sandbox.bean(AoPostmortemRepository.class).findByIncident(incident.key()).orElseThrow();
    }
}
