package io.postmortem.sandbox.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The central timeline's acceptance, checked from outside through the sandbox's REST API. */
@UsesSandbox
class TimelineRestTest {
    private static final String API = "/rest/postmortem/1.0";

    private final Http http;

    TimelineRestTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void twoTeamsInDifferentTimeZonesWriteOutOfOrderAndReadOneMergedTimelineWithMetrics() {
        // Payments works from London; Search and Discovery from Kolkata.
        String incident = http.post("mim", "/rest/sandbox/1.0/incidents", """
                {"summary": "Search results empty for card payers", "severity": "P2", "team": "card-processing",
                 "impactedTeams": ["search-relevance"], "startedAt": "2026-11-23T09:00:00Z",
                 "detectedAt": "2026-11-23T09:20:00Z"}""").json().get("key").asText();
        String path = API + "/incidents/" + incident + "/timeline";

        assertThat(post("dev-search-relevance", path, "2026-11-23T15:05:00+05:30", "search-relevance", "MITIGATED",
                "Search traffic failed over to the secondary index")).isEqualTo(201);
        assertThat(post("dev-card-processing", path, "2026-11-23T09:12:00Z", "card-processing", "DETECTED",
                "Card error-rate alert fired")).isEqualTo(201);
        assertThat(post("dev-card-processing", path, "2026-11-23T08:58:00Z", "card-processing", "IMPACT_STARTED",
                "Card authorisations began to fail")).isEqualTo(201);

        JsonNode timeline = http.get("mim", path).json();
        List<String> order = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        timeline.get("entries").forEach(entry -> {
            order.add(entry.get("team").asText() + ":" + entry.get("kind").asText());
            times.add(OffsetDateTime.parse(entry.get("at").asText()));
        });
        assertThat(order).containsExactly("card-processing:IMPACT_STARTED", "card-processing:DETECTED",
                "search-relevance:MITIGATED");
        assertThat(times).isSorted();
        JsonNode metrics = timeline.get("metrics");
        assertThat(metrics.get("timeToDetectMinutes").asInt()).isEqualTo(14);
        assertThat(metrics.get("timeToMitigateMinutes").asInt()).isEqualTo(37);
        assertThat(metrics.get("timeToResolveMinutes").isNull()).isTrue();

        // An engineer of a team that is not impacted may not write for a team they do not belong to.
        assertThat(post("dev-billing", path, "2026-11-23T09:30:00Z", "card-processing", "NOTE", "x")).isEqualTo(403);
        assertThat(post("outsider", path, "2026-11-23T09:30:00Z", "card-processing", "NOTE", "x")).isEqualTo(403);
        // Bad input names the field.
        Http.Answer badKind = http.post("dev-card-processing", path,
                "{\"at\":\"2026-11-23T09:30:00Z\",\"team\":\"card-processing\",\"kind\":\"PANIC\",\"text\":\"x\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("errors").has("kind")).isTrue();
    }

    @Test
    void importingTheIncidentsHistoryTwiceAddsNothingTheSecondTime() {
        String incident = http.post("mim", "/rest/sandbox/1.0/incidents", """
                {"summary": "Payout batch stuck", "severity": "P3", "team": "payouts", "impactedTeams": [],
                 "startedAt": "2026-11-23T07:00:00Z", "detectedAt": "2026-11-23T07:30:00Z"}""").json().get("key").asText();
        http.post("mim", "/rest/sandbox/1.0/incidents/" + incident + "/resolve", "{}");
        String path = API + "/incidents/" + incident + "/timeline";

        Http.Answer first = http.post("mim", path + "/import", "{}");
        assertThat(first.status()).as(first.body()).isBetween(200, 201);
        int afterFirst = http.get("mim", path).json().get("entries").size();
        http.post("mim", path + "/import", "{}");
        int afterSecond = http.get("mim", path).json().get("entries").size();

        assertThat(afterFirst).isPositive();
        assertThat(afterSecond).isEqualTo(afterFirst);
    }

    private int post(String user, String path, String at, String team, String kind, String text) {
        return http.post(user, path, """
                {"at": "%s", "team": "%s", "kind": "%s", "text": "%s"}""".formatted(at, team, kind, text)).status();
    }
}
