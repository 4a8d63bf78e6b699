package io.postmortem.sandbox.security;

import io.postmortem.sandbox.host.SandboxClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.testkit.rest.ResourceMethods.Endpoint;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One incident of the Checkout team with its postmortem, an idea, an action and a nomination, and a valid request
 * for every endpoint of the plugin against them: what the permission matrix and the fuzzer send (the fuzzer then
 * breaks the body). An endpoint without a sample body gets {@code {}}.
 */
final class ProductFixture {
    static final String API = "/rest/postmortem/1.0";
    static final String SANDBOX = "/rest/sandbox/1.0";

    /** A request: the path under {@link #API} filled in (with its query), and the body (null: none). */
    record Call(String path, String body) {
    }

    private final Http http;
    private final String incident;
    private final String postmortem;
    private final String startedAt;
    private final Map<String, String> fixed = new HashMap<>();

    ProductFixture(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
        this.startedAt = sandbox.bean(SandboxClock.class).instant().minusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        Http.Answer raised = http.post("mim", SANDBOX + "/incidents", """
                {"summary": "Checkout payments declined", "severity": "P2", "team": "checkout",
                 "impactedTeams": ["checkout"], "startedAt": "%s", "detectedAt": "%s"}""".formatted(startedAt, startedAt));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        this.incident = raised.json().get("key").asText();
        assertThat(http.post("mim", SANDBOX + "/incidents/" + incident + "/resolve", "{}").status()).isEqualTo(200);
        this.postmortem = http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText();
        // A second incident of the same cause, still open: the one the postmortem's incident links are about.
        Http.Answer second = http.post("mim", SANDBOX + "/incidents", """
                {"summary": "Checkout payments declined again", "severity": "P3", "team": "checkout",
                 "impactedTeams": ["checkout"], "startedAt": "%s", "detectedAt": "%s"}""".formatted(startedAt, startedAt));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        fixed.put("incidentKey", second.json().get("key").asText());
        JsonNode idea = http.post("dev-checkout", API + "/postmortems/" + postmortem + "/ideas",
                "{\"summary\": \"Cap retries\"}").json();
        fixed.put("idea", idea.get("id").asText());
        JsonNode action = http.post("mim", API + "/postmortems/" + postmortem + "/actions", """
                {"summary": "Alert on declines", "type": "DETECT", "team": "checkout", "priority": "MEDIUM",
                 "requestId": "%s"}""".formatted(UUID.randomUUID())).json();
        fixed.put("action", action.path("id").asText("999999"));
        JsonNode published = http.get("mim", API + "/library").json().get("results");
        if (published.size() > 0) {
            http.post("mim", API + "/postmortems/" + published.get(0).get("postmortemKey").asText() + "/nominations",
                    "{\"reason\": \"A model of a blameless write-up\"}");
        }
        JsonNode nominations = http.get("mim", API + "/nominations").json();
        fixed.put("month", nominations.get("currentMonth").asText());
        fixed.put("nomination", nominations.get("nominations").size() > 0
                ? nominations.get("nominations").get(0).get("id").asText() : "999999");
        fixed.put("config", http.get("admin", API + "/config").body());
    }

    /** A valid request for one caller, made fresh where the call consumes its target (a timeline entry). */
    Call callFor(Endpoint endpoint) {
        Map<String, String> values = new HashMap<>();
        values.put("key", endpoint.path().startsWith("/incidents/") ? incident : postmortem);
        values.put("slug", "commerce");
        values.put("month", fixed.get("month"));
        values.put("incidentKey", fixed.get("incidentKey"));
        String version = "";
        if (endpoint.path().startsWith("/incidents/{key}/timeline/{id}")) {
            JsonNode entry = http.post("dev-checkout", API + "/incidents/" + incident + "/timeline", entryBody("A fresh entry")).json();
            values.put("id", entry.get("id").asText());
            version = entry.get("version").asText();
        } else if (endpoint.path().startsWith("/actions/")) {
            values.put("id", fixed.get("action"));
        } else if (endpoint.path().startsWith("/nominations/")) {
            values.put("id", fixed.get("nomination"));
        } else {
            values.put("id", fixed.get("idea"));
        }
        if (endpoint.id().equals("DELETE /postmortems/{key}/incidents/{incidentKey}")) {
            // Each caller tries to unlink an incident that is linked (an earlier caller may have unlinked it).
            http.post("mim", API + "/postmortems/" + postmortem + "/incidents",
                    "{\"incidentKey\": \"" + fixed.get("incidentKey") + "\"}");
        }
        String path = endpoint.fill(values);
        String body = switch (endpoint.id()) {
            case "PUT /postmortems/{key}" -> "{\"sections\": {\"summary\": \"Payments were declined for an hour.\"}}";
            case "POST /postmortems/{key}/transition" -> "{\"to\": \"IN_REVIEW\"}";
            case "PUT /postmortems/{key}/meeting" -> "{\"start\": \"2030-01-15T10:00:00Z\", \"durationMinutes\": 30, \"location\": \"Room 4\"}";
            case "POST /incidents/{key}/timeline" -> entryBody("Declines rising");
            case "PUT /incidents/{key}/timeline/{id}" -> entryBody("Edited").replace("}", ", \"version\": \"" + version + "\"}");
            case "POST /incidents/{key}/timeline/teams" -> "{\"team\": \"billing\"}";
            case "POST /postmortems/{key}/actions" -> """
                    {"summary": "Add a decline budget", "type": "PREVENT", "team": "checkout", "priority": "MEDIUM",
                     "requestId": "%s"}""".formatted(UUID.randomUUID());
            case "POST /postmortems/{key}/ideas" -> "{\"summary\": \"Another idea\"}";
            case "POST /postmortems/{key}/ideas/{id}/promote" -> "{\"type\": \"PREVENT\", \"team\": \"checkout\", \"priority\": \"LOW\"}";
            case "POST /postmortems/{key}/ideas/{id}/same-as" -> "{\"clear\": true}";
            case "PUT /postmortems/{key}/sharing" -> "{\"shareWidely\": true}";
            case "PUT /postmortems/{key}/tags" -> "{\"tags\": [\"payments\"]}";
            case "POST /postmortems/{key}/nominations" -> "{\"reason\": \"Clear and kind\"}";
            case "POST /months/{month}/winner" -> "{\"postmortemKey\": \"" + postmortem + "\"}";
            case "POST /postmortems/{key}/incidents" -> "{\"incidentKey\": \"" + fixed.get("incidentKey") + "\"}";
            case "POST /postmortems/{key}/quality/preview" -> "{\"sections\": {}}";
            case "POST /blameless/review" -> "{\"text\": \"The deploy went out without a canary.\"}";
            case "POST /postmortems/{key}/blameless/acknowledgements" ->
                    "{\"rule\": \"blame\", \"quotedText\": \"Payments\", \"reason\": \"A system, not a person\"}";
            case "PUT /config" -> fixed.get("config");
            case "POST /config/import" -> fixed.get("config");
            default -> endpoint.httpMethod().equals("GET") || endpoint.httpMethod().equals("DELETE") ? null : "{}";
        };
        String query = switch (endpoint.id()) {
            case "GET /postmortems/{key}/export" -> "?format=markdown";
            case "POST /config/import" -> "?dryRun=true";
            default -> "";
        };
        return new Call(path + query, body);
    }

    private String entryBody(String text) {
        return "{\"at\": \"" + startedAt + "\", \"team\": \"checkout\", \"kind\": \"NOTE\", \"text\": \"" + text + "\"}";
    }


    String incident() {
        return incident;
    }

    String postmortem() {
        return postmortem;
    }
}
