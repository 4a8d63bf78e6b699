package io.postmortem.sandbox.product;

import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.JqlQueries;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue "Learning that lands", checked from outside: review checklist, read receipts, open meetings. */
@UsesSandbox
class LearningThatLandsRestTest {
    private static final String SANDBOX = "/rest/sandbox/1.0";
    private static final String API = "/rest/postmortem/1.0";
    /** An engineer of a team in another platform (Search and Discovery, Kolkata time). */
    private static final String UNRELATED = "dev-search-relevance";

    private final Http http;
    private final LearningScenario scenario;
    private final Sandbox sandbox;

    LearningThatLandsRestTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
        this.scenario = new LearningScenario(http);
        this.sandbox = sandbox;
    }

    @AfterEach
    void backToRealTime() {
        http.send("admin", "DELETE", SANDBOX + "/clock", null);
    }

    @Test
    void writingQuantifiedImpactTwoCausesDetectionAndAHighPriorityPreventActionRaisesTheScore() {
        setClock("2027-03-01T09:00:00Z");
        String key = scenario.postmortemOfResolvedP1("2027-03-01T07:00:00Z");

        JsonNode before = http.get("dev-card-processing", API + "/postmortems/" + key).json().get("quality");
        assertThat(before.get("criteria").size()).isGreaterThanOrEqualTo(6);
        assertThat(before.get("criteria").get(0).has("id")).isTrue();
        assertThat(before.get("criteria").get(0).has("met")).isTrue();
        assertThat(before.get("criteria").get(0).has("detail")).isTrue();
        int scoreBefore = before.get("score").asInt();
        assertThat(met(before, "impact-quantified")).isFalse();
        assertThat(met(before, "prevent-action-high-priority")).isFalse();

        scenario.write(key, "dev-card-processing");
        scenario.raisePreventAction(key, "HIGH");

        JsonNode after = http.get("dev-card-processing", API + "/postmortems/" + key).json().get("quality");
        assertThat(after.get("score").asInt()).isGreaterThan(scoreBefore);
        assertThat(met(after, "impact-quantified")).isTrue();
        assertThat(met(after, "contributing-factor")).isTrue();
        assertThat(met(after, "detection-examined")).isTrue();
        assertThat(met(after, "prevent-action-high-priority")).isTrue();
    }

    @Test
    void theLiveChecklistScoresUnsavedTextWithoutSavingIt() {
        setClock("2027-03-01T09:00:00Z");
        String key = scenario.postmortemOfResolvedP1("2027-03-01T07:00:00Z");
        long version = http.get("dev-card-processing", API + "/postmortems/" + key).json().get("version").asLong();

        Http.Answer preview = http.post("dev-card-processing", API + "/postmortems/" + key + "/quality/preview",
                "{\"sections\": {\"IMPACT\": \"2,300 merchants could not take card payments for 35 minutes.\"}}");

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(met(preview.json(), "impact-quantified")).isTrue();
        JsonNode saved = http.get("dev-card-processing", API + "/postmortems/" + key).json();
        assertThat(saved.get("version").asLong()).isEqualTo(version);
        assertThat(met(saved.get("quality"), "impact-quantified")).isFalse();
        assertThat(http.post("outsider", API + "/postmortems/" + key + "/quality/preview", "{}").status()).isEqualTo(403);
        assertThat(http.post("dev-card-processing", API + "/postmortems/" + key + "/quality/preview",
                "{\"sections\": {\"NOPE\": \"x\"}}").json().get("errors").has("sections.NOPE")).isTrue();
    }

    @Test
    void anImpactedEngineerMarksThePublishedPostmortemReadAndOthersMayNot() {
        setClock("2027-03-01T09:00:00Z");
        String key = scenario.postmortemOfResolvedP1("2027-03-01T07:00:00Z");
        scenario.write(key, "dev-card-processing");
        scenario.raisePreventAction(key, "HIGH");
        assertThat(http.post("dev-billing", API + "/postmortems/" + key + "/reads", "{}").status()).isEqualTo(409);
        scenario.publish(key);

        Http.Answer marked = http.post("dev-billing", API + "/postmortems/" + key + "/reads", "{}");
        assertThat(marked.status()).as(marked.body()).isBetween(200, 299);

        JsonNode reads = http.get("sre", API + "/postmortems/" + key + "/reads").json();
        JsonNode billing = LearningScenario.team(reads, "billing");
        assertThat(billing.get("readers").get(0).get("username").asText()).isEqualTo("dev-billing");
        assertThat(LearningScenario.team(reads, "card-processing").get("readers").size()).isZero();
        assertThat(http.post("outsider", API + "/postmortems/" + key + "/reads", "{}").status()).isEqualTo(403);
        assertThat(http.post(UNRELATED, API + "/postmortems/" + key + "/reads", "{}").status()).isEqualTo(403);
        assertThat(http.get("dev-billing", API + "/postmortems/" + key).json().get("can").get("read").asBoolean()).isTrue();

        // One reminder a week after publication to those who have not read it, never a second.
        setClock("2027-03-09T09:00:00Z");
        setClock("2027-03-10T09:00:00Z");
        assertThat(reminders(key, "dev-card-processing")).isEqualTo(1);
        assertThat(reminders(key, "dev-billing")).isZero();

        // Two weeks on, the platform dashboard counts who read it in time; each figure lists its postmortems.
        setClock("2027-03-16T09:00:00Z");
        JsonNode figures = http.get("lead-payments", API + "/accountability/platforms/payments/learning").json();
        assertThat(figures.get("readWithin14Days").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.get("impactedEngineers").asLong()).isGreaterThan(figures.get("readWithin14Days").asLong());
        assertThat(figures.get("scoredPostmortems").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.get("medianQualityScore").isNumber()).isTrue();
        assertThat(figures.get("jql").get("readWithin14DaysShare").asText())
                .isEqualTo("issue in postmortemsOf(\"payments\", \"readMeasured\")");
        assertThat(figures.get("links").get("qualityBarShare").asText()).contains("/issues/?jql=");
        io.postmortem.core.access.Actor lead = sandbox.bean(Actors.class).of("lead-payments");
        assertThat(sandbox.bean(JqlQueries.class).postmortemsOf(lead, "payments", "readMeasured")).contains(key);
        assertThat(sandbox.bean(JqlQueries.class).postmortemsOf(lead, "payments", "scored")).contains(key);
        assertThat(http.get("outsider", API + "/accountability/platforms/payments/learning").status()).isEqualTo(403);
        assertThat(reminders(key, "dev-card-processing")).isEqualTo(1);
    }

    @Test
    void criteriaTheAdministratorsChooseGatePublishing() {
        String before = http.get("admin", "/rest/postmortem/1.0/config/export").body();
        try {
            String gated = before.replaceFirst("\"gatingCriteria\" ?: ?\\[ *\\]",
                    "\"gatingCriteria\" : [\"prevent-action-high-priority\"]");
            assertThat(gated).isNotEqualTo(before);
            assertThat(http.send("admin", "PUT", "/rest/postmortem/1.0/config", gated).status()).isEqualTo(200);
            setClock("2027-03-01T09:00:00Z");
            String key = scenario.postmortemOfResolvedP1("2027-03-01T07:00:00Z");
            scenario.write(key, "dev-card-processing");
            scenario.raisePreventAction(key, "LOW");
            assertThat(http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"IN_REVIEW\"}").status())
                    .isEqualTo(200);

            Http.Answer refused = http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"PUBLISHED\"}");

            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("missing").toString()).contains("quality.prevent-action-high-priority");
            scenario.raisePreventAction(key, "HIGHEST");
            assertThat(http.post("mim", API + "/postmortems/" + key + "/transition", "{\"to\":\"PUBLISHED\"}").status())
                    .isEqualTo(200);
            String unknown = before.replaceFirst("\"gatingCriteria\" ?: ?\\[ *\\]", "\"gatingCriteria\" : [\"nonsense\"]");
            Http.Answer bad = http.send("admin", "PUT", "/rest/postmortem/1.0/config", unknown);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("errors").has("quality.gatingCriteria")).as(bad.body()).isTrue();
        } finally {
            http.send("admin", "POST", "/rest/postmortem/1.0/config/import", before, "application/json");
        }
    }

    private long reminders(String key, String user) {
        long count = 0;
        for (JsonNode mail : http.get("admin", SANDBOX + "/outbox").json()) {
            if (mail.get("to").toString().contains("\"" + user + "\"")
                    && mail.get("subject").asText().startsWith("Reminder: read the postmortem")
                    && mail.get("body").asText().contains("/browse/" + key)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void anEngineerOfAnUnrelatedTeamSeesTheMeetingJoinsAndGetsTheInvitationAndItsChanges() {
        setClock("2027-03-01T09:00:00Z");
        String key = scenario.postmortemOfResolvedP1("2027-03-01T07:00:00Z");
        String incident = http.get("mim", API + "/postmortems/" + key).json().get("incidentKey").asText();
        Http.Answer scheduled = http.send("mim", "PUT", API + "/postmortems/" + key + "/meeting",
                "{\"start\": \"2027-03-02T10:00:00Z\", \"durationMinutes\": 60, \"location\": \"Room 4\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);

        JsonNode upcoming = meeting(http.get(UNRELATED, API + "/meetings/upcoming").json(), key);
        assertThat(upcoming).as("the meeting of " + key + " is listed").isNotNull();
        assertThat(upcoming.get("incidentKey").asText()).isEqualTo(incident);
        assertThat(upcoming.get("location").asText()).isEqualTo("Room 4");
        assertThat(upcoming.get("severity").asText()).isEqualTo("P1");
        assertThat(upcoming.get("zone").asText()).isEqualTo("Asia/Kolkata");
        assertThat(upcoming.get("localStart").asText()).contains("15:30");
        assertThat(upcoming.get("teams").toString()).contains("Card Processing", "Billing");
        assertThat(upcoming.get("invited").asBoolean()).isFalse();
        assertThat(http.get("outsider", API + "/meetings/upcoming").status()).isEqualTo(403);

        assertThat(http.post(UNRELATED, API + "/postmortems/" + key + "/meeting/guests", "{}").status()).isEqualTo(201);
        assertThat(http.post(UNRELATED, API + "/postmortems/" + key + "/meeting/guests", "{}").status()).isEqualTo(200);
        List<JsonNode> invitations = mailTo(UNRELATED, incident);
        assertThat(invitations).hasSize(1);
        assertThat(invitations.get(0).get("subject").asText()).startsWith("Invitation");
        assertThat(invitations.get(0).get("attachments").toString()).contains("invite.ics");
        assertThat(meeting(http.get(UNRELATED, API + "/meetings/upcoming").json(), key).get("invited").asBoolean()).isTrue();

        http.send("mim", "PUT", API + "/postmortems/" + key + "/meeting",
                "{\"start\": \"2027-03-03T11:00:00Z\", \"durationMinutes\": 45, \"location\": \"Room 7\"}");
        List<JsonNode> after = mailTo(UNRELATED, incident);
        assertThat(after).hasSize(2);
        assertThat(after).anySatisfy(mail -> {
            assertThat(mail.get("subject").asText()).startsWith("Updated invitation");
            assertThat(mail.get("body").asText()).contains("Room 7");
        });
    }

    private static boolean met(JsonNode quality, String id) {
        return LearningScenario.criterion(quality, id).get("met").asBoolean();
    }

    private void setClock(String now) {
        assertThat(http.send("admin", "PUT", SANDBOX + "/clock", "{\"now\":\"" + now + "\"}").status()).isEqualTo(200);
    }

    private static JsonNode meeting(JsonNode upcoming, String key) {
        for (JsonNode meeting : upcoming.get("meetings")) {
            if (meeting.get("postmortemKey").asText().equals(key)) {
                return meeting;
            }
        }
        return null;
    }

    private List<JsonNode> mailTo(String user, String incident) {
        List<JsonNode> mails = new ArrayList<>();
        http.get("admin", SANDBOX + "/outbox").json().forEach(mail -> {
            if (mail.get("to").toString().contains("\"" + user + "\"")
                    && mail.get("subject").asText().contains("postmortem meeting for " + incident + " ")) {
                mails.add(mail);
            }
        });
        return mails;
    }
}
