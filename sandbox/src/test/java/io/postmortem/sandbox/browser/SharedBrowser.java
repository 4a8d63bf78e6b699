package io.postmortem.sandbox.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One headless Chromium for every browser test class, from the machine's Debian packages (nothing downloaded),
 * with a fresh profile; closed when the test run ends.
 */
public final class SharedBrowser implements ExtensionContext.Store.CloseableResource {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static SharedBrowser instance;

    private final ChromeDriver driver;
    private final Path profile;

    private SharedBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static synchronized WebDriver get(ExtensionContext context) {
        if (instance == null) {
            try {
                Path profile = Files.createTempDirectory("postmortem-chromium");
                ChromeOptions options = new ChromeOptions();
                options.setBinary("/usr/bin/chromium");
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--window-size=1400,1000", "--user-data-dir=" + profile);
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
                ChromeDriver driver = new ChromeDriver(service, options);
                driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
                instance = new SharedBrowser(driver, profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedBrowser.class, instance);
        }
        return instance.driver;
    }

    /** Logs out whoever is logged in, then logs in as the user (password = user name). */
    public static void logInAs(WebDriver driver, String baseUrl, String user) {
        logOut(driver, baseUrl);
        driver.findElement(By.id("login-form-username")).sendKeys(user);
        driver.findElement(By.id("login-form-password")).sendKeys(user);
        driver.findElement(By.id("login-form-submit")).click();
        // The next navigation must not race the login form's own.
        Eventually.holds(user + " is logged in", () -> !driver.findElements(By.id("header-user")).isEmpty());
    }

    /** Logs out through the logout form (a POST with the session's token), landing on the login page. */
    public static void logOut(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/logout");
        if (!driver.getCurrentUrl().contains("/login.jsp")) {
            driver.findElement(By.id("logout-submit")).click();
        }
        Eventually.holds("on the login page", () -> !driver.findElements(By.id("login-form-username")).isEmpty());
    }

    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        driver.quit();
        instance = null;
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
