package io.postmortem.sandbox.browser;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
@UsesBrowser
class AdminPageBrowserTest {
    private final Sandbox sandbox;
    private final WebDriver browser;

    AdminPageBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
    }

    @Test
    void anAdministratorEditsAPolicyAndSeesAValidationErrorForABadValue() {
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "admin");
        browser.findElement(By.id("nav-administration")).click();
        WebElement escalation = browser.findElement(By.id("policies.escalateAfterBusinessDays"));
        Eventually.holds("the policies load", () -> !escalation.getAttribute("value").isEmpty());
        Eventually.holds("the twelve demo platforms load",
                () -> browser.findElements(By.cssSelector("#postmortem-platforms tbody tr")).size() == 12);

        escalation.clear();
        escalation.sendKeys("99");
        browser.findElement(By.id("postmortem-save")).click();
        Eventually.holds("an error under the escalation field", () -> !browser.findElements(
                By.cssSelector("[data-error-for='policies.escalateAfterBusinessDays']")).isEmpty());
        SharedBrowser.screenshot(browser, "admin-validation-error");
        assertThat(sandbox.bean(ConfigurationStore.class).load().policies().escalateAfterBusinessDays()).isEqualTo(2);

        escalation.clear();
        escalation.sendKeys("3");
        // The administrator also teaches the blameless review a word, without code.
        browser.findElement(By.id("blameless.ruleExtensions.en")).sendKeys("[rule judgement]\nphrase = clumsy\n");
        browser.findElement(By.id("postmortem-save")).click();
        Eventually.holds("the policy is saved",
                () -> sandbox.bean(ConfigurationStore.class).load().policies().escalateAfterBusinessDays() == 3);
        assertThat(browser.findElements(By.cssSelector("[data-error-for='policies.escalateAfterBusinessDays']"))).isEmpty();
        assertThat(sandbox.bean(ConfigurationStore.class).load().blameless().extensionFor("en")).contains("phrase = clumsy");
        assertThat(sandbox.bean(ConfigurationStore.class).load().learning().rootCauseCategories()).contains("code-defect");
        // The Postmortem issue's mapping round-trips through the form.
        assertThat(sandbox.bean(ConfigurationStore.class).load().postmortemIssue().mimFacilitator()).isEqualTo("mim");
        assertThat(sandbox.bean(ConfigurationStore.class).load().postmortemIssue().publishedTransition()).isEqualTo("Done");
        SharedBrowser.screenshot(browser, "admin-saved");
    }

    @Test
    void theHealthTabListsEveryCheckWithItsStatus() {
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "admin");
        browser.findElement(By.id("nav-administration")).click();
        WebElement configuration = browser.findElement(By.id("postmortem-admin-configuration"));
        WebElement health = browser.findElement(By.id("postmortem-admin-health"));
        assertThat(health.isDisplayed()).isFalse();

        browser.findElement(By.id("postmortem-tab-health")).click();
        Eventually.holds("the checks load",
                () -> browser.findElements(By.cssSelector("#postmortem-health-list tbody tr")).size() >= 10);
        assertThat(configuration.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("postmortem-tab-health")).getAttribute("aria-selected")).isEqualTo("true");
        WebElement database = browser.findElement(By.cssSelector("#postmortem-health-list tr[data-check='database']"));
        assertThat(database.getAttribute("data-status")).isEqualTo("OK");
        assertThat(database.findElement(By.cssSelector(".aui-lozenge")).getText()).isEqualToIgnoringCase("OK");
        assertThat(database.getText()).contains("H2", "schema version");
        assertThat(browser.findElements(By.cssSelector("#postmortem-health-list tr[data-check='mail-server']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#postmortem-health-list tr[data-check='daily-job']"))).hasSize(1);
        // Texts come from the plugin's i18n properties through the jsI18n transform, never as raw keys.
        String summary = browser.findElement(By.id("postmortem-health-summary")).getText();
        assertThat(summary).matches("\\d+ checks: \\d+ OK, 0 to look at, 0 failing\\.");
        assertThat(browser.findElement(By.id("postmortem-admin-health")).getText()).doesNotContain("postmortem.admin");
        SharedBrowser.screenshot(browser, "admin-health");

        browser.findElement(By.id("postmortem-tab-configuration")).click();
        assertThat(configuration.isDisplayed()).isTrue();
        assertThat(health.isDisplayed()).isFalse();
    }

    @Test
    void anAdministratorChecksThatTheMappedTransitionsExistInThePostmortemWorkflow() {
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "admin");
        browser.findElement(By.id("nav-administration")).click();
        WebElement published = browser.findElement(By.id("postmortemIssue.publishedTransition"));
        Eventually.holds("the mapping loads", () -> published.getAttribute("value").equals("Done"));
        assertThat(browser.findElement(By.id("postmortemIssue.mimFacilitator")).getAttribute("value")).isEqualTo("mim");

        browser.findElement(By.id("postmortem-issue-check")).click();

        Eventually.holds("the check answers", () -> browser.findElement(By.id("postmortem-issue-check-result"))
                .getText().contains("has every mapped transition"));
        SharedBrowser.screenshot(browser, "admin-postmortem-issue-check");
    }
}
