package io.postmortem.sandbox.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The postmortem lifecycle's acceptance, checked from outside through the sandbox's REST API. */
@UsesSandbox
class PostmortemLifecycleRestTest {
    private static final String SANDBOX = "/rest/sandbox/1.0";
    private static final String API = "/rest/postmortem/1.0";

    private final Http http;

    PostmortemLifecycleRestTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
    }

    @AfterEach
    void backToRealTime() {
        http.send("admin", "DELETE", SANDBOX + "/clock", null);
    }

    @Test
    void aP2ResolvedOnFridayAfternoonInLondonIsDueTuesdayWithMimAsFacilitator() {
        setClock("2026-11-20T15:30:00Z");
        String incident = incident("P2", "card-processing", "2026-11-20T13:00:00Z");
        resolve(incident);

        JsonNode postmortem = http.get("mim", API + "/incidents/" + incident + "/postmortem").json();
        assertThat(postmortem.get("dueDate").asText()).isEqualTo("2026-11-24");
        assertThat(postmortem.get("facilitator").get("type").asText()).isEqualTo("MIM");
        assertThat(postmortem.get("severity").asText()).isEqualTo("P2");
        assertThat(postmortem.get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aP3IsRunByItsOwningTeamAndAP4GetsNoneUntilSomeoneCreatesOne() {
        setClock("2026-11-23T10:00:00Z");
        String p3 = incident("P3", "billing", "2026-11-23T08:00:00Z");
        resolve(p3);
        JsonNode facilitator = http.get("mim", API + "/incidents/" + p3 + "/postmortem").json().get("facilitator");
        assertThat(facilitator.get("type").asText()).isEqualTo("TEAM");
        assertThat(facilitator.get("name").asText()).isEqualTo("billing");

        String p4 = incident("P4", "billing", "2026-11-23T08:30:00Z");
        resolve(p4);
        assertThat(http.get("mim", API + "/incidents/" + p4 + "/postmortem").status()).isEqualTo(404);
        assertThat(http.post("dev-billing", API + "/incidents/" + p4 + "/postmortem", "{}").status()).isEqualTo(201);
        assertThat(http.post("dev-billing", API + "/incidents/" + p4 + "/postmortem", "{}").status()).isEqualTo(200);
    }

    @Test
    void twentyConcurrentCreatesAndAReopenResolveCycleLeaveExactlyOnePostmortem() throws Exception {
        String incident = incident("P1", "card-processing", "2026-11-23T08:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Callable<Integer> create = () -> http.post("mim", API + "/incidents/" + incident + "/postmortem", "{}").status();
            answers.add(pool.submit(create));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(19);
        resolve(incident);

        String key = http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText();
        transition(incident, "Open");
        transition(incident, "Done");
        assertThat(http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText()).isEqualTo(key);
        assertThat(http.get("mim", SANDBOX + "/issues/" + key).status()).isEqualTo(200);
        assertThat(postmortemIssuesLinkedTo(incident)).isEqualTo(1);
    }

    @Test
    void movingTheClockPastTheDueDateSendsOneReminderPerRecipientThenTheEscalation() {
        setClock("2026-11-20T15:30:00Z");
        String incident = incident("P2", "card-processing", "2026-11-20T13:00:00Z");
        resolve(incident);

        setClock("2026-11-25T09:00:00Z");
        setClock("2026-11-25T12:00:00Z");
        List<JsonNode> overdue = mailAbout(incident, "Postmortem overdue");
        assertThat(overdue).isNotEmpty();
        assertThat(overdue.stream().map(m -> m.get("to").toString()).distinct()).hasSameSizeAs(overdue);
        assertThat(mailAbout(incident, "Escalation")).isEmpty();

        setClock("2026-11-27T09:00:00Z");
        setClock("2026-11-27T10:00:00Z");
        List<JsonNode> escalations = mailAbout(incident, "Escalation");
        assertThat(escalations).extracting(m -> m.get("to").get(0).asText()).contains("mim", "lead-payments")
                .doesNotHaveDuplicates();
        assertThat(mailAbout(incident, "Postmortem overdue")).hasSameSizeAs(overdue);
    }

    @Test
    void publishingWithMissingSectionsIsRefusedWithTheList() {
        String incident = incident("P2", "card-processing", "2026-11-23T08:00:00Z");
        resolve(incident);
        String key = http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText();
        assertThat(http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"IN_REVIEW\"}").status()).isEqualTo(200);

        Http.Answer refused = http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"PUBLISHED\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("missing").toString()).contains("summary", "impact", "rootCauses", "action");
        assertThat(http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"SOMETIME\"}").json()
                .get("errors").has("to")).isTrue();
        assertThat(http.send("outsider", "GET", API + "/postmortems/" + key, null).status()).isEqualTo(403);
    }

    private String incident(String severity, String team, String startedAt) {
        Http.Answer created = http.post("mim", SANDBOX + "/incidents", """
                {"summary": "Card authorisations failing", "severity": "%s", "team": "%s", "impactedTeams": ["billing"],
                 "startedAt": "%s", "detectedAt": "%s"}""".formatted(severity, team, startedAt, startedAt));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("key").asText();
    }

    private void resolve(String incident) {
        assertThat(http.post("mim", SANDBOX + "/incidents/" + incident + "/resolve", "{}").status()).isEqualTo(200);
    }

    private void transition(String key, String status) {
        assertThat(http.post("mim", SANDBOX + "/issues/" + key + "/transition", "{\"status\":\"" + status + "\"}").status())
                .isEqualTo(200);
    }

    private void setClock(String now) {
        assertThat(http.send("admin", "PUT", SANDBOX + "/clock", "{\"now\":\"" + now + "\"}").status()).isEqualTo(200);
    }

    private List<JsonNode> mailAbout(String incident, String subjectStart) {
        List<JsonNode> mails = new ArrayList<>();
        http.get("admin", SANDBOX + "/outbox").json().forEach(mail -> {
            String subject = mail.get("subject").asText();
            if (subject.startsWith(subjectStart) && subject.endsWith(": " + incident)) {
                mails.add(mail);
            }
        });
        return mails;
    }

    private long postmortemIssuesLinkedTo(String incident) {
        JsonNode issue = http.get("mim", SANDBOX + "/issues/" + incident).json();
        long count = 0;
        for (JsonNode link : issue.get("links")) {
            if (link.get("type").asText().equals("reviews") && link.get("direction").asText().equals("inward")) {
                count++;
            }
        }
        return count;
    }
}
