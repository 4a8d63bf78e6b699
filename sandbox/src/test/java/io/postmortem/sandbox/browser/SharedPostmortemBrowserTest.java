package io.postmortem.sandbox.browser;

import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** One postmortem for several incidents, from the incident panel; the Postmortem issue's Jira fields on its page. */
@UsesSandbox
@UsesBrowser
class SharedPostmortemBrowserTest {
    private static final String API = "/rest/postmortem/1.0";
    private static final String SANDBOX = "/rest/sandbox/1.0";

    private final Sandbox sandbox;
    private final WebDriver browser;
    private final Http http;

    SharedPostmortemBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void mimAddsASecondIncidentToTheFirstsPostmortemFromItsPanelAndLinksAThirdFromThePostmortemSide() {
        String first = incident();
        assertThat(http.post("mim", SANDBOX + "/incidents/" + first + "/resolve", "{}").status()).isEqualTo(200);
        String postmortem = http.get("mim", API + "/incidents/" + first + "/postmortem").json().get("key").asText();
        String second = incident();
        String third = incident();

        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
        browser.get(sandbox.baseUrl() + "/browse/" + second);
        WebElement join = browser.findElement(By.cssSelector("#pm-incident-panel form.pm-join-postmortem"));
        join.findElement(By.cssSelector(".pm-join-postmortem-key")).sendKeys(postmortem);
        join.findElement(By.cssSelector(".pm-join-postmortem-submit")).click();

        Eventually.holds("the second incident's panel shows the shared postmortem", () ->
                !browser.findElements(By.cssSelector("#pm-incident-panel .pm-postmortem-key")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#pm-incident-panel .pm-postmortem-key")).getText())
                .isEqualTo(postmortem);
        assertThat(browser.findElement(By.cssSelector("#pm-incident-panel .pm-incidents")).getText())
                .contains(first, second);

        WebElement link = browser.findElement(By.cssSelector("#pm-incident-panel form.pm-link-incident"));
        link.findElement(By.cssSelector(".pm-link-incident-key")).sendKeys(third);
        link.findElement(By.cssSelector(".pm-link-incident-submit")).click();
        Eventually.holds("the third incident is listed", () -> browser.findElement(
                By.cssSelector("#pm-incident-panel .pm-incidents")).getText().contains(third));
        assertThat(http.get("mim", API + "/incidents/" + third + "/postmortem").json().get("key").asText())
                .isEqualTo(postmortem);

        link = browser.findElement(By.cssSelector("#pm-incident-panel form.pm-link-incident"));
        link.findElement(By.cssSelector(".pm-link-incident-key")).sendKeys(third);
        link.findElement(By.cssSelector(".pm-link-incident-submit")).click();
        Eventually.holds("linking it again says why not", () -> browser.findElement(
                By.cssSelector("#pm-incident-panel .pm-message")).getText().contains("already covered"));
        SharedBrowser.screenshot(browser, "incident-shared-postmortem");

        browser.get(sandbox.baseUrl() + "/browse/" + postmortem);
        assertThat(browser.findElement(By.id("assignee-val")).getText()).isNotEqualTo("Unassigned");
        assertThat(browser.findElement(By.id("due-date")).getText()).isEqualTo(
                http.get("mim", API + "/postmortems/" + postmortem).json().get("dueDate").asText());
        assertThat(browser.findElement(By.id("labels-val")).getText()).isEqualTo("None");
        assertThat(browser.findElement(By.id("priority-val")).getText()).isNotEqualTo("None");
        // The document shows each incident's own timeline, with its milestones and metrics.
        for (String incident : java.util.List.of(first, second, third)) {
            Eventually.holds(incident + "'s milestones are loaded", () -> !browser.findElement(By.cssSelector(
                    "#pm-timeline-" + incident + " dd[data-milestone='detected']")).getText().isBlank());
        }
        assertThat(browser.findElements(By.cssSelector(".pm-covered-incident"))).extracting(WebElement::getText)
                .containsExactly("Incident " + first, "Incident " + second, "Incident " + third);
        SharedBrowser.screenshot(browser, "postmortem-shared-timelines");
    }

    private String incident() {
        Http.Answer created = http.post("mim", SANDBOX + "/incidents", """
                {"summary": "Checkout payments declined", "severity": "P2", "team": "card-processing",
                 "impactedTeams": [], "startedAt": "2026-11-20T13:00:00Z", "detectedAt": "2026-11-20T13:05:00Z"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("key").asText();
    }
}
