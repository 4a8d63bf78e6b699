package io.postmortem.sandbox.web;

import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.plugin.PluginDescriptor;
import io.postmortem.sandbox.plugin.PluginModules;
import io.postmortem.sandbox.plugin.PluginServletFilters;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox runs the descriptor's servlet filters where Jira runs them, and stands in for Jira's WebSudo: a browser
 * session reaches the admin page (through the plugin's own AdminWebSudoFilter) and the @WebSudoRequired REST API only
 * within a recent password confirmation, as an administrator in Jira does.
 */
@UsesSandbox
class PluginFiltersAndWebSudoTest {
    private static final String ADMIN_PAGE = "/plugins/servlet/postmortem/admin";
    private static final String ADMIN_REST = "/rest/postmortem/1.0/config";

    private final Sandbox sandbox;

    PluginFiltersAndWebSudoTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    void theDescriptorsFiltersRunBeforeDispatchOnTheirPatterns() {
        PluginServletFilters filters = new PluginServletFilters(PluginDescriptor.plugin(),
                new PluginModules(sandbox.context()));

        assertThat(filters.at(PluginServletFilters.BEFORE_DISPATCH)).extracting(PluginDescriptor.ServletFilter::key)
                .contains("one-configuration-per-request", "postmortem-admin-websudo-filter");
        assertThat(filters.at(PluginServletFilters.BEFORE_DISPATCH))
                .filteredOn(filter -> filter.key().equals("one-configuration-per-request")).singleElement()
                .satisfies(filter -> {
                    assertThat(filter.urlPatterns()).contains("/rest/postmortem/*", "/plugins/servlet/postmortem/*");
                    assertThat(filter.dispatchers()).containsExactly("REQUEST");
                });
        assertThat(filters.at(PluginServletFilters.BEFORE_LOGIN)).isEmpty();
    }

    @Test
    void anAdministratorWhoseWebSudoEndedConfirmsTheirPasswordBeforeTheAdminPageAndItsRest() throws Exception {
        Browser admin = new Browser(sandbox.baseUrl());
        admin.logIn("admin");
        assertThat(admin.get(ADMIN_PAGE).statusCode()).as("the login is a fresh confirmation").isEqualTo(200);
        assertThat(admin.get(ADMIN_REST).statusCode()).isEqualTo(200);

        assertThat(admin.send("DELETE", "/rest/auth/1/websudo").statusCode()).isEqualTo(204);

        HttpResponse<String> page = admin.get(ADMIN_PAGE);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/jira/secure/admin/WebSudoAuthenticate.jspa"
                + "?webSudoDestination=" + URLEncoder.encode(ADMIN_PAGE, StandardCharsets.UTF_8));
        HttpResponse<String> rest = admin.get(ADMIN_REST);
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(rest.body()).contains("WebSudo");

        HttpResponse<String> form = admin.get("/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination="
                + URLEncoder.encode(ADMIN_PAGE, StandardCharsets.UTF_8));
        assertThat(form.statusCode()).isEqualTo(200);
        String token = Jsoup.parse(form.body()).selectFirst("input[name=atl_token]").attr("value");

        assertThat(admin.postForm("/secure/admin/WebSudoAuthenticate.jspa", "webSudoDestination=" + ADMIN_PAGE
                + "&atl_token=" + token + "&webSudoPassword=wrong").statusCode()).isEqualTo(401);
        assertThat(admin.get(ADMIN_PAGE).statusCode()).isEqualTo(302);
        assertThat(admin.postForm("/secure/admin/WebSudoAuthenticate.jspa", "webSudoDestination=" + ADMIN_PAGE
                + "&atl_token=forged&webSudoPassword=admin").statusCode()).isEqualTo(403);

        HttpResponse<String> confirmed = admin.postForm("/secure/admin/WebSudoAuthenticate.jspa",
                "webSudoDestination=" + ADMIN_PAGE + "&atl_token=" + token + "&webSudoPassword=admin");
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/jira" + ADMIN_PAGE);
        assertThat(admin.get(ADMIN_PAGE).statusCode()).isEqualTo(200);
        assertThat(admin.get(ADMIN_REST).statusCode()).isEqualTo(200);
    }

    @Test
    void restClientsWithBasicCredentialsNeedNoWebSudoSession() {
        Http http = new Http(sandbox.baseUrl());

        assertThat(http.get("admin", ADMIN_REST).status()).isEqualTo(200);
        assertThat(http.get("admin", ADMIN_PAGE).status()).isEqualTo(200);
        assertThat(http.get("dev-checkout", ADMIN_REST).status()).as("WebSudo is no permission").isEqualTo(403);
    }

    /** A browser's session: the login form's cookie, no redirects followed. */
    private static final class Browser {
        private final String baseUrl;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Browser(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        void logIn(String user) throws IOException, InterruptedException {
            HttpResponse<String> login = postForm("/login.jsp", "os_username=" + user + "&os_password=" + user
                    + "&os_destination=/secure/Dashboard.jspa");
            assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send("GET", path);
        }

        HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
