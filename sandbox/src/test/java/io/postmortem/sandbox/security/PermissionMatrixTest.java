package io.postmortem.sandbox.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.plugin.rest.ApiExceptionMapper;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.testkit.rest.ResourceMethods;
import io.postmortem.testkit.rest.ResourceMethods.Endpoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST endpoint of the plugin (found by reflection, so a new one is covered the day it is added) called by
 * eight kinds of caller against one incident of the Checkout team, compared with the answer written once per
 * endpoint in {@link #EXPECTED}. An endpoint without an expectation fails the test, naming what it answered.
 *
 * <p>One character per caller, in the order of {@link #CALLERS}: {@code -} 401 (nobody logged in), {@code x} 403,
 * {@code ?} 404, {@code +} let through (any answer below 500 other than those three: 2xx, or 400/409 from the use
 * case once access was granted). A 500 never matches.
 */
@UsesSandbox
class PermissionMatrixTest {
    private static final String API = "/rest/postmortem/1.0";
    private static final String SANDBOX = "/rest/sandbox/1.0";
    /** Anonymous, an outsider, an engineer of an unrelated team (Payments), an engineer of the incident's team
     * (Checkout), its platform's Lead (Commerce), MIM, SRE, a Jira administrator. */
    private static final List<String> CALLERS = List.of("", "outsider", "dev-ledger", "dev-checkout", "lead-commerce",
            "mim", "sre", "admin");

    /** The expected answers: adding an endpoint adds one line here. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    private static void expect(String endpoint, String answers) {
        if (answers.length() != CALLERS.size()) {
            throw new IllegalArgumentException(endpoint + ": one character per caller");
        }
        EXPECTED.put(endpoint, answers);
    }

    static {
        // Accountability: the league for MIM, SRE and administrators; a platform's figures for everyone who works.
        expect("GET /accountability", "-xxxx+++");
        expect("GET /accountability/platforms/{slug}", "-x++++++");
        expect("GET /accountability/platforms/{slug}/trend", "-x++++++");
        // Shared learnings.
        expect("GET /library", "-x++++++");
        expect("GET /incidents/{key}/related", "-x++++++");
        expect("GET /postmortems/{key}/export", "-x++++++");
        expect("GET /postmortems/{key}/learning", "-x++++++");
        expect("PUT /postmortems/{key}/sharing", "-xxxx+++");
        expect("PUT /postmortems/{key}/tags", "-xx+x+++");
        expect("POST /postmortems/{key}/nominations", "-x++++++");
        expect("GET /nominations", "-x++++++");
        expect("POST /nominations/{id}/votes", "-x++++++");
        expect("GET /months/{month}/winner", "-x++++++");
        expect("POST /months/{month}/winner", "-xxxx++x");
        // Blameless review.
        expect("POST /blameless/review", "-x++++++");
        expect("GET /postmortems/{key}/blameless", "-x++++++");
        expect("POST /postmortems/{key}/blameless/acknowledgements", "-xx+x+++");
        // The platform directory, for pickers.
        expect("GET /platforms", "-x++++++");
        // Configuration: administrators only.
        expect("GET /config", "-xxxxxx+");
        expect("PUT /config", "-xxxxxx+");
        expect("POST /config/import", "-xxxxxx+");
        expect("GET /config/export", "-xxxxxx+");
        expect("GET /config/export/directory.csv", "-xxxxxx+");
        expect("GET /config/audit", "-xxxxxx+");
        // The postmortem itself: readable by everyone who may browse the incident (the sandbox lets every member of the
        // organisation browse every project, as most Jira sites do); written by its teams, MIM, SRE and administrators.
        expect("GET /incidents/{key}/postmortem", "-x++++++");
        expect("POST /incidents/{key}/postmortem", "-xx+x+++");
        expect("GET /postmortems/{key}", "-x++++++");
        expect("PUT /postmortems/{key}", "-xx+x+++");
        expect("POST /postmortems/{key}/transition", "-xx+++++");
        expect("PUT /postmortems/{key}/meeting", "-xx+x+++");
        expect("GET /postmortems/{key}/history", "-x++++++");
        // Actions and ideas.
        expect("GET /actions", "-x++++++");
        expect("GET /actions/{id}/history", "-x++++++");
        expect("GET /postmortems/{key}/actions", "-x++++++");
        expect("POST /postmortems/{key}/actions", "-xx+x+++");
        expect("GET /postmortems/{key}/ideas", "-x++++++");
        expect("POST /postmortems/{key}/ideas", "-xx+x+++");
        expect("POST /postmortems/{key}/ideas/{id}/promote", "-xx+x+++");
        expect("POST /postmortems/{key}/ideas/{id}/same-as", "-xx+x+++");
        expect("GET /postmortems/{key}/ideas/{id}/suggestions", "-x++++++");
        // The incident timeline: the impacted teams, MIM and SRE write; only an entry's author changes it; MIM adds teams.
        expect("GET /incidents/{key}/timeline", "-x++++++");
        expect("POST /incidents/{key}/timeline", "-xx+x++x");
        expect("PUT /incidents/{key}/timeline/{id}", "-xx+xxxx");
        expect("DELETE /incidents/{key}/timeline/{id}", "-xx+xxxx");
        expect("GET /incidents/{key}/timeline/{id}/history", "-x++++++");
        expect("POST /incidents/{key}/timeline/import", "-xx+x++x");
        expect("POST /incidents/{key}/timeline/teams", "-xxxx+xx");
    }

    private final Http http;
    private final String incident;
    private final String postmortem;
    private final String startedAt;
    private final Map<String, String> fixed = new HashMap<>();

    PermissionMatrixTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
        this.startedAt = sandbox.wiring().clock().instant().minusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        Http.Answer raised = http.post("mim", SANDBOX + "/incidents", """
                {"summary": "Checkout payments declined", "severity": "P2", "team": "checkout",
                 "impactedTeams": ["checkout"], "startedAt": "%s", "detectedAt": "%s"}""".formatted(startedAt, startedAt));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        this.incident = raised.json().get("key").asText();
        assertThat(http.post("mim", SANDBOX + "/incidents/" + incident + "/resolve", "{}").status()).isEqualTo(200);
        this.postmortem = http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText();
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

    /** A request for one caller: the path filled in and the body, made fresh where the call consumes its target. */
    private record Call(String path, String body) {
    }

    private Call callFor(Endpoint endpoint) {
        Map<String, String> values = new HashMap<>();
        values.put("key", endpoint.path().startsWith("/incidents/") ? incident : postmortem);
        values.put("slug", "commerce");
        values.put("month", fixed.get("month"));
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

    private static char classify(int status) {
        return switch (status) {
            case 401 -> '-';
            case 403 -> 'x';
            case 404 -> '?';
            default -> status >= 500 ? '!' : '+';
        };
    }

    @Test
    void everyEndpointAnswersEachCallerAsWrittenDown() {
        List<Endpoint> endpoints = ResourceMethods.of(ApiExceptionMapper.class);
        assertThat(endpoints).hasSizeGreaterThan(40);
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            StringBuilder actual = new StringBuilder();
            List<String> details = new ArrayList<>();
            for (String caller : CALLERS) {
                Call call = callFor(endpoint);
                Http.Answer answer = http.send(caller.isEmpty() ? null : caller, endpoint.httpMethod(), API + call.path(),
                        call.body());
                actual.append(classify(answer.status()));
                details.add((caller.isEmpty() ? "anonymous" : caller) + "=" + answer.status());
            }
            String expected = EXPECTED.get(endpoint.id());
            if (expected == null) {
                missing.add("expect(\"" + endpoint.id() + "\", \"" + actual + "\");");
            } else if (!expected.contentEquals(actual)) {
                wrong.add(endpoint.id() + ": expected " + expected + ", got " + actual + " " + details);
            }
        }
        assertThat(missing).as("endpoints without an expectation (what they answered now)").isEmpty();
        assertThat(wrong).as("endpoints answering otherwise than expected").isEmpty();
    }

    @Test
    void everyExpectationNamesAnEndpointThatExists() {
        List<String> endpoints = ResourceMethods.of(ApiExceptionMapper.class).stream().map(Endpoint::id).toList();
        assertThat(endpoints).containsAll(EXPECTED.keySet());
    }
}
