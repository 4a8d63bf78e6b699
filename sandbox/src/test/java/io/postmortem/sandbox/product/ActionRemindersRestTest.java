package io.postmortem.sandbox.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Actions' acceptance, checked from outside: due date by policy, status from the ticket, one overdue mail each. */
@UsesSandbox
class ActionRemindersRestTest {
    private static final String SANDBOX = "/rest/sandbox/1.0";
    private static final String API = "/rest/postmortem/1.0";

    private final Http http;

    ActionRemindersRestTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
    }

    @AfterEach
    void backToRealTime() {
        http.send("admin", "DELETE", SANDBOX + "/clock", null);
    }

    @Test
    void anActionOnAP1IsDueTwentyBusinessDaysLaterAndOnceOverdueEachTeamMemberHearsOnce() {
        setClock("2026-11-20T15:30:00Z");
        String incident = http.post("mim", SANDBOX + "/incidents", """
                {"summary": "Payouts delayed", "severity": "P1", "team": "payouts", "impactedTeams": ["ledger"],
                 "startedAt": "2026-11-20T13:00:00Z", "detectedAt": "2026-11-20T13:05:00Z"}""").json().get("key").asText();
        http.post("mim", SANDBOX + "/incidents/" + incident + "/resolve", "{}");
        String postmortem = http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText();

        Http.Answer raised = http.post("mim", API + "/postmortems/" + postmortem + "/actions", """
                {"summary": "Alert on payout batch lag", "description": "Page when a batch is 15 minutes late.",
                 "type": "DETECT", "team": "payouts", "priority": "HIGH", "requestId": "payout-lag-%s"}"""
                .formatted(incident));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonNode action = raised.json();
        String ticket = action.get("problemKey").asText();
        assertThat(ticket).startsWith("PAYO-");
        assertThat(action.get("dueDate").asText()).isEqualTo("2026-12-18");
        JsonNode links = http.get("mim", SANDBOX + "/issues/" + ticket).json().get("links");
        assertThat(links.toString()).contains(postmortem, incident);

        setClock("2026-12-21T09:00:00Z");
        setClock("2026-12-21T11:00:00Z");
        List<JsonNode> overdue = mailWhoseSubjectStarts("Action overdue: " + ticket);
        assertThat(overdue).isNotEmpty();
        assertThat(overdue).extracting(m -> m.get("to").get(0).asText()).doesNotHaveDuplicates().contains("dev-payouts");

        assertThat(http.post("dev-payouts", SANDBOX + "/issues/" + ticket + "/transition", "{\"status\":\"Done\"}").status())
                .isEqualTo(200);
        JsonNode done = http.get("mim", API + "/postmortems/" + postmortem + "/actions").json();
        assertThat(done.toString()).contains("\"status\":\"DONE\"");

        assertThat(http.send("mim", "DELETE", SANDBOX + "/issues/" + ticket, null).status()).isBetween(200, 204);
        JsonNode afterDelete = http.get("mim", API + "/postmortems/" + postmortem + "/actions").json();
        assertThat(afterDelete.toString()).contains(ticket, "\"ticketDeleted\":true");
        assertThat(LocalDate.parse(action.get("dueDate").asText())).isAfter(LocalDate.of(2026, 11, 20));
    }

    private void setClock(String now) {
        assertThat(http.send("admin", "PUT", SANDBOX + "/clock", "{\"now\":\"" + now + "\"}").status()).isEqualTo(200);
    }

    private List<JsonNode> mailWhoseSubjectStarts(String start) {
        List<JsonNode> mails = new ArrayList<>();
        http.get("admin", SANDBOX + "/outbox").json().forEach(mail -> {
            if (mail.get("subject").asText().startsWith(start)) {
                mails.add(mail);
            }
        });
        return mails;
    }
}
