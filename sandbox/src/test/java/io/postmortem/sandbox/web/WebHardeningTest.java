package io.postmortem.sandbox.web;

import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's pages probed from outside as an attacker would: each finding of the hardening review, tried again. */
@UsesSandbox
class WebHardeningTest {
    private static final Pattern JAVA_TYPE = Pattern.compile("(java|javax|jakarta|io\\.postmortem|com\\.fasterxml|org\\.eclipse)\\.[a-z]+\\.");
    private final Sandbox sandbox;

    WebHardeningTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** A browser-like client: its own cookie jar, no redirects followed. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).GET());
        }

        HttpResponse<String> postForm(String path, String form) {
            return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> logIn(String user, String password) {
            return postForm("/login.jsp", "os_username=" + enc(user) + "&os_password=" + enc(password)
                    + "&os_destination=" + enc("/secure/Dashboard.jspa"));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theOutboxPageShowsAnOutsiderNoMailAsItsRestTwinRefusesIt() {
        Browser outsider = new Browser();
        outsider.logIn("outsider", "outsider");
        HttpResponse<String> page = outsider.get(Pages.OUTBOX);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("outbox-forbidden").doesNotContain("outbox-mail");
        assertThat(new Http(sandbox.baseUrl()).get("outsider", "/rest/sandbox/1.0/outbox").status()).isEqualTo(403);

        Browser mim = new Browser();
        mim.logIn("mim", "mim");
        assertThat(mim.get(Pages.OUTBOX).statusCode()).isEqualTo(200);
    }

    @Test
    void dotSegmentsAfterStaticDoNotSlipPastTheLoginAndNoPageNamesAJavaType() {
        Browser anonymous = new Browser();
        for (String probe : List.of("/static/../browse/INC-1", "/static/%2e%2e/browse/INC-1", "/static/..%2fbrowse/INC-1",
                "/static/./../secure/Outbox.jspa", "/download/resources/../../secure/admin/Postmortem.jspa",
                "/static/../rest/sandbox/1.0/outbox")) {
            HttpResponse<String> answer = anonymous.get(probe);
            assertThat(answer.statusCode()).as(probe).isIn(302, 400, 401, 404);
            assertThat(answer.body()).as(probe).doesNotContainPattern(JAVA_TYPE).doesNotContain("outbox-mail");
            if (answer.statusCode() == 302) {
                assertThat(answer.headers().firstValue("Location").orElse("")).as(probe).contains("/login.jsp");
            }
        }
        Browser dev = new Browser();
        dev.logIn("dev-billing", "dev-billing");
        for (String probe : List.of("/static/../browse/NOPE-1", "/browse/%00", "/no/such/page", "/static/nothing.js")) {
            HttpResponse<String> answer = dev.get(probe);
            assertThat(answer.statusCode()).as(probe).isLessThan(500);
            assertThat(answer.body()).as(probe).doesNotContainPattern(JAVA_TYPE);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> login = new Browser().logIn("dev-billing", "dev-billing");
        assertThat(login.statusCode()).isEqualTo(302);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void everyPageForbidsFramingAndSniffing() {
        Browser admin = new Browser();
        admin.logIn("admin", "admin");
        for (String path : List.of("/login.jsp", Pages.DASHBOARDS, Pages.LIBRARY, Pages.ADMINISTRATION, Pages.OUTBOX,
                "/browse/INC-1", "/no/such/page", "/static/sandbox/sandbox.css", "/rest/postmortem/1.0/platforms",
                "/rest/postmortem/1.0/no-such-endpoint", "/static/../browse/INC-1")) {
            HttpResponse<String> answer = admin.get(path);
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).hasValue("frame-ancestors 'self'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void logoutIsAPostWithTheSessionsToken() {
        Browser dev = new Browser();
        dev.logIn("dev-checkout", "dev-checkout");

        HttpResponse<String> ask = dev.get("/logout");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(dev.get(Pages.DASHBOARDS).statusCode()).as("a GET does not log out").isEqualTo(200);

        HttpResponse<String> forged = dev.postForm("/logout", "atl_token=guessed");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(dev.postForm("/logout", "").statusCode()).isEqualTo(403);
        assertThat(dev.get(Pages.DASHBOARDS).statusCode()).as("a forged POST does not log out").isEqualTo(200);

        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(ask.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> out = dev.postForm("/logout", "atl_token=" + enc(token.group(1)));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(dev.get(Pages.DASHBOARDS).headers().firstValue("Location").orElse("")).contains("/login.jsp");
    }

    @Test
    void repeatedFailedLoginsLockTheUserOutOfFormsAndBasicAuth() {
        String user = "dev-warehouse-robotics";
        Browser guesser = new Browser();
        for (int i = 0; i < LoginThrottle.ALLOWED_FAILURES; i++) {
            assertThat(guesser.logIn(user, "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = guesser.logIn(user, user);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("Too many failed logins");
        assertThat(locked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(new Http(sandbox.baseUrl()).get(user, "/rest/postmortem/1.0/platforms").status()).isEqualTo(403);
        // Other users are not affected.
        assertThat(new Browser().logIn("dev-ledger", "dev-ledger").statusCode()).isEqualTo(302);
    }
}
