package io.postmortem.sandbox.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps the learning tests take over the sandbox's REST API, as people would: a resolved P1 of card processing
 * that impacted billing, its postmortem written with a quantified impact, two root causes and detection, a prevent
 * action, publication; and the lookups of one team's read receipts and one checklist criterion.
 */
public final class LearningScenario {
    private static final String SANDBOX = "/rest/sandbox/1.0";
    private static final String API = "/rest/postmortem/1.0";

    private final Http http;

    public LearningScenario(Http http) {
        this.http = http;
    }

    /** Raises a P1 of card processing impacting billing, resolves it, and answers its postmortem's key. */
    public String postmortemOfResolvedP1(String startedAt) {
        Http.Answer created = http.post("mim", SANDBOX + "/incidents", """
                {"summary": "Card authorisations failing", "severity": "P1", "team": "card-processing",
                 "impactedTeams": ["billing"], "startedAt": "%s", "detectedAt": "%s"}""".formatted(startedAt, startedAt));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String incident = created.json().get("key").asText();
        assertThat(http.post("mim", SANDBOX + "/incidents/" + incident + "/resolve", "{}").status()).isEqualTo(200);
        return http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText();
    }

    /** Writes a quantified impact, detection and two root causes (a trigger and a contributing factor) as {@code user}. */
    public void write(String key, String user) {
        Http.Answer saved = http.send(user, "PUT", API + "/postmortems/" + key, """
                {"sections": {
                   "SUMMARY": "Card authorisations failed after a configuration push.",
                   "IMPACT": "About 4,100 customers could not pay by card for 52 minutes; roughly £38k of orders failed.",
                   "DETECTION": "The authorisation error-rate alert fired after six minutes; its threshold is right."},
                 "rootCauses": [
                   {"description": "A configuration push set the issuer timeout to 50 ms", "category": "configuration"},
                   {"description": "The config pipeline had no canary stage for issuer settings", "category": "process"}]}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    public void raisePreventAction(String key, String priority) {
        Http.Answer raised = http.post("mim", API + "/postmortems/" + key + "/actions", """
                {"summary": "Canary stage for issuer configuration", "type": "PREVENT", "team": "card-processing",
                 "priority": "%s", "requestId": "%s"}""".formatted(priority, UUID.randomUUID()));
        assertThat(raised.status()).as(raised.body()).isBetween(200, 201);
    }

    public void publish(String key) {
        assertThat(http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"IN_REVIEW\"}").status())
                .isEqualTo(200);
        Http.Answer published = http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"PUBLISHED\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }

    /** One impacted team's entry of {@code GET .../reads}. */
    public static JsonNode team(JsonNode reads, String slug) {
        for (JsonNode team : reads.get("teams")) {
            if (team.get("team").asText().equals(slug)) {
                return team;
            }
        }
        throw new AssertionError("no team " + slug + " in " + reads);
    }

    /** One criterion of a postmortem's {@code quality}. */
    public static JsonNode criterion(JsonNode quality, String id) {
        for (JsonNode criterion : quality.get("criteria")) {
            if (criterion.get("id").asText().equals(id)) {
                return criterion;
            }
        }
        throw new AssertionError("no criterion " + id + " in " + quality);
    }
}
