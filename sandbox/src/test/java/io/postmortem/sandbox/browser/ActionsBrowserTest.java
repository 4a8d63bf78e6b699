package io.postmortem.sandbox.browser;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A P1's postmortem raises an action; its Problem ticket points back, and finishing the ticket finishes the action. */
@UsesSandbox
@UsesBrowser
class ActionsBrowserTest {
    private final Sandbox sandbox;
    private final WebDriver browser;

    ActionsBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
    }

    @Test
    void anActionRaisedOnThePostmortemIsTrackedInItsProblemTicketUntilDone() {
        Instant now = sandbox.bean(SandboxClock.class).instant();
        Issue incident = sandbox.bean(TicketWorkflow.class).create(new NewIssue("INC", SandboxFields.INCIDENT,
                "Card settlement stalled", "Settlement files were not produced for two hours.", "Highest", "mim",
                "dev-card-processing", Map.of(SandboxFields.SEVERITY, List.of("P1"),
                        SandboxFields.OWNING_TEAM, List.of("card-processing"),
                        SandboxFields.STARTED_AT, List.of(now.minus(3, ChronoUnit.HOURS).toString())), now));
        sandbox.bean(TicketWorkflow.class).transition(incident.key(), SandboxFields.DONE, "mim");
        Postmortem postmortem = sandbox.bean(AoPostmortemRepository.class).findByIncident(incident.key()).orElseThrow();
        Configuration configuration = sandbox.bean(ConfigurationStore.class).load();
        BusinessCalendar calendar = configuration.policies().calendar();
        assertThat(configuration.policies().actionDueDays(Severity.P1, Priority.HIGH)).isEqualTo(20);
        LocalDate expectedDue = calendar.addBusinessDays(now, 20);

        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
        browser.get(sandbox.baseUrl() + "/browse/" + postmortem.key());
        WebElement actions = browser.findElement(By.cssSelector("#pm-document .pm-actions"));
        Eventually.holds("no actions yet", () -> actions.findElement(By.className("pm-actions-empty")).isDisplayed());
        WebElement form = actions.findElement(By.className("pm-action-form"));
        form.findElement(By.name("summary")).sendKeys("Alert when settlement files are late");
        form.findElement(By.name("description")).sendKeys("Nobody noticed the missing files for two hours.");
        choose(form, "type", "DETECT");
        Eventually.holds("teams loaded", () -> !form.findElements(
                By.cssSelector("select[name='team'] option[value='card-processing']")).isEmpty());
        choose(form, "team", "card-processing");
        choose(form, "priority", "HIGH");
        form.findElement(By.className("pm-action-submit")).click();

        Eventually.holds("the action is listed", () -> actions.findElements(By.className("pm-action")).size() == 1);
        String problemKey = sandbox.bean(AoActionRepository.class).byPostmortem(postmortem.key()).getFirst().problemKey();
        String project = configuration.directory().team("card-processing").orElseThrow().projectKey();
        assertThat(problemKey).startsWith(project + "-");
        WebElement row = actions.findElement(By.className("pm-action"));
        assertThat(row.findElement(By.className("pm-action-ticket")).getText()).isEqualTo(problemKey);
        assertThat(row.findElement(By.className("pm-action-ticket")).getAttribute("href")).endsWith("/browse/" + problemKey);
        assertThat(row.findElement(By.className("pm-action-summary")).getText()).contains("Alert when settlement files are late");
        assertThat(row.findElement(By.className("pm-action-team")).getText()).isEqualTo("card-processing");
        assertThat(row.findElement(By.className("pm-action-due")).getText()).contains(expectedDue.toString());
        assertThat(row.findElement(By.className("pm-action-status")).getText()).isEqualToIgnoringCase("Open");
        SharedBrowser.screenshot(browser, "postmortem-action-raised");

        browser.get(sandbox.baseUrl() + "/browse/" + problemKey);
        WebElement problemPanel = browser.findElement(By.id("pm-problem-panel"));
        assertThat(problemPanel.findElement(By.className("pm-problem-postmortem")).getText()).isEqualTo(postmortem.key());
        assertThat(problemPanel.findElement(By.className("pm-problem-incident")).getText()).isEqualTo(incident.key());
        assertThat(problemPanel.findElement(By.cssSelector(".pm-problem-postmortem a")).getAttribute("href"))
                .endsWith("/browse/" + postmortem.key());
        SharedBrowser.screenshot(browser, "problem-ticket-panel");

        sandbox.bean(TicketWorkflow.class).transition(problemKey, SandboxFields.DONE, "dev-card-processing");
        browser.get(sandbox.baseUrl() + "/browse/" + postmortem.key());
        WebElement reloaded = browser.findElement(By.cssSelector("#pm-document .pm-actions"));
        Eventually.holds("the action is done", () -> reloaded.findElements(By.className("pm-action-status")).stream()
                .anyMatch(status -> status.getText().equalsIgnoreCase("Done")));
        Eventually.holds("actions complete", () -> reloaded.findElement(By.className("pm-actions-complete")).isDisplayed());
        SharedBrowser.screenshot(browser, "postmortem-action-done");

        // The incident's panel lists the same action, read-only.
        browser.get(sandbox.baseUrl() + "/browse/" + incident.key());
        WebElement incidentActions = browser.findElement(By.cssSelector("#pm-incident-panel .pm-actions"));
        Eventually.holds("listed on the incident", () -> incidentActions.findElements(By.className("pm-action-ticket"))
                .stream().anyMatch(link -> link.getText().equals(problemKey)));
        assertThat(incidentActions.findElements(By.className("pm-action-form"))).isEmpty();
    }

    private static void choose(WebElement form, String select, String value) {
        form.findElement(By.cssSelector("select[name='" + select + "'] option[value='" + value + "']")).click();
    }
}
