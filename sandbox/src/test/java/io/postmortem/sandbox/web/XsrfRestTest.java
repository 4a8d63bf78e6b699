package io.postmortem.sandbox.web;

import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira's REST XSRF rule in the sandbox: what a cross-site form can send (a form, multipart or text/plain body) is
 * refused with 403 unless it carries {@code X-Atlassian-Token: no-check}, and changes nothing.
 */
@UsesSandbox
class XsrfRestTest {
    private static final String API = "/rest/postmortem/1.0";
    private static final List<String> FORM_TYPES = List.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "TEXT/PLAIN;charset=UTF-8");
    private final Sandbox sandbox;
    private final Http http;

    XsrfRestTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void aFormLikePostCreatesNoPostmortem() {
        String incident = http.post("mim", "/rest/sandbox/1.0/incidents", """
                {"summary": "Slow search", "severity": "P4", "team": "billing", "impactedTeams": [],
                 "startedAt": "2026-11-20T10:00:00Z", "detectedAt": "2026-11-20T10:05:00Z"}""").json().get("key").asText();
        for (String type : FORM_TYPES) {
            Http.Answer refused = http.send("dev-billing", "POST", API + "/incidents/" + incident + "/postmortem", "{}", type);
            assertThat(refused.status()).as(type).isEqualTo(403);
            assertThat(refused.body()).as(type).contains("XSRF check failed");
        }
        assertThat(http.get("dev-billing", API + "/incidents/" + incident + "/postmortem").status()).isEqualTo(404);

        assertThat(http.post("dev-billing", API + "/incidents/" + incident + "/postmortem", null).status())
                .as("the product's own JSON client").isEqualTo(201);
    }

    @Test
    void aFormLikeWriteToEveryMethodIsRefusedBeforeTheResourceRuns() {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            for (String path : List.of("/nominations/1/votes", "/postmortems/PM-1", "/config", "/incidents/INC-1/timeline/1")) {
                Http.Answer refused = http.send("admin", method, API + path, "reason=csrf", "application/x-www-form-urlencoded");
                assertThat(refused.status()).as(method + " " + path).isEqualTo(403);
            }
        }
        Http.Answer sandboxApi = http.send("mim", "POST", "/rest/sandbox/1.0/incidents/INC-1/resolve", "", "text/plain");
        assertThat(sandboxApi.status()).isEqualTo(403);
    }

    @Test
    void theNoCheckHeaderLetsARequestThroughToTheResourcesOwnChecks() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + API + "/blameless/review"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mim:mim".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}")).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        // Past the XSRF check, the resource still reads JSON only.
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(http.post("mim", API + "/blameless/review", "{\"text\":\"hello\"}").status()).isEqualTo(200);
    }

    @Test
    void readsAreNeverRefused() {
        assertThat(http.send("mim", "GET", API + "/platforms", null, "text/plain").status()).isEqualTo(200);
    }
}
