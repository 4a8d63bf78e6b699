package io.postmortem.sandbox.browser;

import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
@UsesBrowser
class OutsiderBrowserTest {

    @Test
    void anOutsiderSeesThePermissionPageOnEveryIssue(Sandbox sandbox, WebDriver browser) {
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "outsider");
        for (String key : new String[]{"INC-1", "INC-2"}) {
            browser.get(sandbox.baseUrl() + "/browse/" + key);
            assertThat(browser.findElement(By.id("issue-permission-violation")).getText())
                    .contains("You can't view this issue");
            assertThat(browser.findElements(By.id("summary-val"))).isEmpty();
        }
        SharedBrowser.screenshot(browser, "outsider-permission-page");
    }

    @Test
    void aWrongPasswordKeepsYouOnTheLoginPage(Sandbox sandbox, WebDriver browser) {
        SharedBrowser.logOut(browser, sandbox.baseUrl());
        browser.findElement(By.id("login-form-username")).sendKeys("admin");
        browser.findElement(By.id("login-form-password")).sendKeys("not-admin");
        browser.findElement(By.id("login-form-submit")).click();
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("incorrect");
        SharedBrowser.screenshot(browser, "login-failed");
    }
}
