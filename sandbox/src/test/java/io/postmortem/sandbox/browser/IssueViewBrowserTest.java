package io.postmortem.sandbox.browser;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.sandbox.host.Outbox;
import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.tickets.TicketStore;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.SandboxFields;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
@UsesBrowser
class IssueViewBrowserTest {
    private final Sandbox sandbox;
    private final WebDriver browser;

    IssueViewBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
    }

    @Test
    void anEngineerLogsInAndSeesAnIncidentsFields() {
        Issue incident = sandbox.bean(TicketStore.class).issues("INC", SandboxFields.INCIDENT).stream()
                .filter(i -> i.value(SandboxFields.SEVERITY).orElse("").equals("P1") && i.isResolved()
                        && !i.values(SandboxFields.IMPACTED_TEAMS).isEmpty())
                .reduce((first, second) -> second).orElseThrow();

        SharedBrowser.logOut(browser, sandbox.baseUrl());
        browser.get(sandbox.baseUrl() + "/browse/" + incident.key());
        assertThat(browser.getCurrentUrl()).contains("/login.jsp");
        browser.findElement(By.id("login-form-username")).sendKeys("dev-checkout");
        browser.findElement(By.id("login-form-password")).sendKeys("dev-checkout");
        browser.findElement(By.id("login-form-submit")).click();

        Eventually.holds("back on the incident", () -> browser.getCurrentUrl().endsWith("/browse/" + incident.key()));
        assertThat(browser.findElement(By.id("summary-val")).getText()).isEqualTo(incident.summary());
        assertThat(browser.findElement(By.id("key-val")).getText()).isEqualTo(incident.key());
        assertThat(browser.findElement(By.id("type-val")).getText()).isEqualTo("Incident");
        assertThat(browser.findElement(By.id("status-val")).getText()).isEqualToIgnoringCase("Done");
        assertThat(browser.findElement(By.id(SandboxFields.SEVERITY + "-val")).getText()).isEqualTo("P1");
        String owner = sandbox.bean(ConfigurationStore.class).load().directory()
                .team(incident.value(SandboxFields.OWNING_TEAM).orElseThrow()).orElseThrow().name();
        assertThat(browser.findElement(By.id(SandboxFields.OWNING_TEAM + "-val")).getText()).isEqualTo(owner);
        assertThat(browser.findElement(By.id(SandboxFields.STARTED_AT + "-val")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("resolutiondate-val")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("header-user")).getText()).isEqualTo(
                sandbox.bean(SandboxPeople.class).person("dev-checkout").orElseThrow().displayName());
        // AUI's stylesheet is really applied: the header is AUI's dark bar, not an unstyled list.
        assertThat(browser.findElement(By.cssSelector("nav.aui-header")).getCssValue("background-color"))
                .isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat(browser.findElements(By.id("nav-administration"))).isEmpty();
        SharedBrowser.screenshot(browser, "incident-issue-view");
    }

    @Test
    void everyPageInTheHeaderIsTheProductsOwn() {
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "admin");
        for (String nav : java.util.List.of("nav-dashboards", "postmortem-library-link", "nav-administration")) {
            browser.findElement(By.id(nav)).click();
            Eventually.holds(nav + " opens", () -> browser.findElement(By.cssSelector("li.aui-nav-selected a"))
                    .getAttribute("id").equals(nav));
            assertThat(browser.getTitle()).doesNotContain("Page not found");
        }
    }

    @Test
    void theOutboxShowsSentMail() {
        sandbox.bean(Outbox.class).send(new io.postmortem.core.mail.Mail(java.util.List.of("lead-web"),
                "Overdue actions on Web", "Three actions are overdue."));
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "lead-web");
        browser.findElement(By.id("nav-outbox")).click();
        assertThat(browser.findElement(By.id("outbox")).getText()).contains("Overdue actions on Web", "lead-web");
        SharedBrowser.screenshot(browser, "outbox");
    }
}
