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
        SharedBrowser.screenshot(browser, "admin-saved");
    }
}
