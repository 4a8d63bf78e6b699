package io.postmortem.sandbox.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Postmortem issue as Jira users see it, and one postmortem for several incidents: checked from outside through
 * the sandbox's REST API, which shows Jira's own fields of every issue.
 */
@UsesSandbox
class PostmortemIssueRestTest {
    private static final String SANDBOX = "/rest/sandbox/1.0";
    private static final String API = "/rest/postmortem/1.0";

    private final Http http;

    PostmortemIssueRestTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
    }

    @AfterEach
    void backToRealTime() {
        http.send("admin", "DELETE", SANDBOX + "/clock", null);
    }

    @Test
    void aNewP2PostmortemsIssueIsAssignedDueWithTheIncidentsPriorityAndOncePublishedDoneWithAResolution() {
        setClock("2026-11-20T15:30:00Z");
        String incident = incident("P2", "card-processing");
        resolve(incident);
        JsonNode postmortem = http.get("mim", API + "/incidents/" + incident + "/postmortem").json();
        String key = postmortem.get("key").asText();

        JsonNode issue = issue(key);
        assertThat(issue.get("type").asText()).isEqualTo("Postmortem");
        assertThat(issue.get("assignee").asText()).isEqualTo("mim");
        assertThat(issue.get("dueDate").asText()).isEqualTo(postmortem.get("dueDate").asText()).isEqualTo("2026-11-24");
        assertThat(issue.get("priority").asText()).isNotBlank().isEqualTo(issue(incident).get("priority").asText());
        assertThat(issue.get("status").asText()).isEqualTo("Open");
        assertThat(issue.get("resolution").isNull()).isTrue();

        tag(key, "retry-storm");
        write(key);
        transition(key, "IN_REVIEW");
        assertThat(issue(key).get("status").asText()).isEqualTo("In Progress");
        transition(key, "PUBLISHED");

        JsonNode published = issue(key);
        assertThat(published.get("status").asText()).isEqualTo("Done");
        assertThat(published.get("resolution").asText()).isEqualTo("Done");
        assertThat(published.get("description").asText()).startsWith("Card authorisations failed for forty minutes");
        assertThat(published.get("labels")).extracting(JsonNode::asText).containsExactly("retry-storm");
        assertThat(published.get("assignee").asText()).isEqualTo("mim");
    }

    @Test
    void aTeamsPostmortemIsAssignedToItsPlatformLead() {
        String incident = incident("P3", "billing");
        resolve(incident);
        String key = http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText();

        JsonNode issue = issue(key);
        String lead = http.get("admin", API + "/platforms").json().toString();
        assertThat(issue.get("assignee").asText()).startsWith("lead-");
        assertThat(lead).contains(issue.get("assignee").asText());
    }

    @Test
    void aSecondIncidentLinkedToThePostmortemGetsNoOtherAndSharesIt() {
        String first = incident("P2", "card-processing");
        resolve(first);
        String key = http.get("mim", API + "/incidents/" + first + "/postmortem").json().get("key").asText();
        String second = incident("P2", "card-processing", "2026-11-21T08:00:00Z", "2026-11-21T08:30:00Z");

        Http.Answer linked = http.post("mim", API + "/postmortems/" + key + "/incidents",
                "{\"incidentKey\":\"" + second + "\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("incidentKeys")).extracting(JsonNode::asText).containsExactly(first, second);
        resolve(second);

        JsonNode shared = http.get("mim", API + "/incidents/" + second + "/postmortem").json();
        assertThat(shared.get("key").asText()).isEqualTo(key);
        assertThat(shared.get("incidentKeys")).extracting(JsonNode::asText).containsExactly(first, second);
        assertThat(reviewing(second)).containsExactly(key);
        assertThat(http.post("mim", API + "/incidents/" + second + "/postmortem", "{}").status())
                .as("asking for the second incident's postmortem gives the shared one").isEqualTo(200);
        assertThat(reviewing(second)).containsExactly(key);
        // Each incident keeps its own timeline: milestones and metrics stay per incident.
        assertThat(http.get("mim", API + "/incidents/" + first + "/timeline").json().get("metrics")
                .get("timeToDetectMinutes").asLong()).isEqualTo(5);
        assertThat(http.get("mim", API + "/incidents/" + second + "/timeline").json().get("metrics")
                .get("timeToDetectMinutes").asLong()).isEqualTo(30);

        Http.Answer unlinked = http.send("mim", "DELETE", API + "/postmortems/" + key + "/incidents/" + second, null);
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.json().get("incidentKeys")).extracting(JsonNode::asText).containsExactly(first);
        assertThat(reviewing(second)).isEmpty();
        assertThat(http.get("mim", API + "/incidents/" + second + "/postmortem").status()).isEqualTo(404);
    }

    @Test
    void linkingAsksForAnIncidentNobodyCoveredYetAndSomeoneWhoMayEditThePostmortem() {
        String first = incident("P2", "card-processing");
        resolve(first);
        String key = http.get("mim", API + "/incidents/" + first + "/postmortem").json().get("key").asText();
        String other = incident("P2", "card-processing");
        resolve(other);
        String path = API + "/postmortems/" + key + "/incidents";

        Http.Answer missing = http.post("mim", path, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().toString()).contains("incidentKey");
        Http.Answer misspelt = http.post("mim", path, "{\"incident\":\"" + other + "\"}");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().toString()).contains("incident");
        Http.Answer notAnIncident = http.post("mim", path, "{\"incidentKey\":\"" + key + "\"}");
        assertThat(notAnIncident.status()).isEqualTo(400);
        assertThat(http.post("mim", path, "{\"incidentKey\":\"INC-999999\"}").status()).isEqualTo(400);
        Http.Answer covered = http.post("mim", path, "{\"incidentKey\":\"" + other + "\"}");
        assertThat(covered.status()).isEqualTo(409);
        assertThat(covered.body()).contains("already covered");
        String third = incident("P2", "card-processing");
        assertThat(http.post("dev-search-relevance", path, "{\"incidentKey\":\"" + third + "\"}").status())
                .as("a team the postmortem is not about").isEqualTo(403);
        assertThat(http.post("outsider", path, "{\"incidentKey\":\"" + third + "\"}").status()).isEqualTo(403);
        assertThat(http.send("mim", "DELETE", path + "/" + first, null).status()).isEqualTo(409);
        assertThat(http.get("mim", API + "/postmortems/" + key).json().get("incidentKeys"))
                .extracting(JsonNode::asText).containsExactly(first);
    }

    @Test
    void aHandMoveToDoneThePublishGateRefusesIsUndoneWithAComment() {
        String incident = incident("P2", "card-processing");
        resolve(incident);
        String key = http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText();

        Http.Answer moved = http.post("mim", SANDBOX + "/issues/" + key + "/transition", "{\"status\":\"Done\"}");
        assertThat(moved.status()).isEqualTo(200);

        JsonNode issue = issue(key);
        assertThat(issue.get("status").asText()).isEqualTo("In Progress");
        assertThat(issue.get("resolution").isNull()).isTrue();
        assertThat(http.get("mim", API + "/postmortems/" + key).json().get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(issue.get("comments").toString()).contains("cannot be published yet", "summary");

        http.post("mim", SANDBOX + "/issues/" + key + "/transition", "{\"status\":\"Open\"}");
        assertThat(http.get("mim", API + "/postmortems/" + key).json().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void administratorsCheckThatTheMappedTransitionsExist() {
        Http.Answer check = http.get("admin", API + "/config/postmortem-issue/check");
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().get("healthy").asBoolean()).isTrue();
        assertThat(check.json().get("available")).extracting(JsonNode::asText)
                .contains("To Do", "In Progress", "Done");
        assertThat(http.get("mim", API + "/config/postmortem-issue/check").status()).isEqualTo(403);
    }

    @Test
    void everyIssueShowsJirasOwnFields() {
        String incident = incident("P4", "billing");
        JsonNode issue = issue(incident);
        for (String field : List.of("status", "resolution", "assignee", "dueDate", "priority", "labels")) {
            assertThat(issue.has(field)).as(field).isTrue();
        }
        assertThat(issue.get("labels").isArray()).isTrue();
        assertThat(issue.get("priority").asText()).isNotBlank();
    }

    private List<String> reviewing(String incident) {
        List<String> keys = new ArrayList<>();
        for (JsonNode link : issue(incident).get("links")) {
            if (link.get("type").asText().equals("reviews") && link.get("direction").asText().equals("inward")) {
                keys.add(link.get("issue").asText());
            }
        }
        return keys;
    }

    private JsonNode issue(String key) {
        Http.Answer answer = http.get("mim", SANDBOX + "/issues/" + key);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private void write(String key) {
        Http.Answer saved = http.send("mim", "PUT", API + "/postmortems/" + key, """
                {"sections": {"SUMMARY": "Card authorisations failed for forty minutes after a release.",
                              "IMPACT": "Customers paying by card saw errors for forty minutes.",
                              "RESOLUTION": "The release was rolled back and the service recovered."},
                 "rootCauses": [{"description": "A retry storm on the ledger API.", "category": "dependency"}],
                 "noActionsReason": "The fix shipped during the incident."}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private void tag(String key, String tag) {
        Http.Answer tagged = http.send("mim", "PUT", API + "/postmortems/" + key + "/tags", "{\"tags\":[\"" + tag + "\"]}");
        assertThat(tagged.status()).as(tagged.body()).isEqualTo(200);
    }

    private void transition(String key, String to) {
        Http.Answer moved = http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"" + to + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private String incident(String severity, String team) {
        return incident(severity, team, "2026-11-20T13:00:00Z", "2026-11-20T13:05:00Z");
    }

    private String incident(String severity, String team, String startedAt, String detectedAt) {
        Http.Answer created = http.post("mim", SANDBOX + "/incidents", """
                {"summary": "Card authorisations failing", "severity": "%s", "team": "%s", "impactedTeams": ["billing"],
                 "startedAt": "%s", "detectedAt": "%s"}""".formatted(severity, team, startedAt, detectedAt));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("key").asText();
    }

    private void resolve(String incident) {
        assertThat(http.post("mim", SANDBOX + "/incidents/" + incident + "/resolve", "{}").status()).isEqualTo(200);
    }

    private void setClock(String now) {
        assertThat(http.send("admin", "PUT", SANDBOX + "/clock", "{\"now\":\"" + now + "\"}").status()).isEqualTo(200);
    }
}
