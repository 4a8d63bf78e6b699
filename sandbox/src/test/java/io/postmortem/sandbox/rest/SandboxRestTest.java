package io.postmortem.sandbox.rest;

import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.sandbox.host.Outbox;
import io.postmortem.sandbox.tickets.TicketEventBus;
import io.postmortem.sandbox.tickets.TicketStore;
import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.mail.Mail;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class SandboxRestTest {
    private static final String INCIDENTS = "/rest/sandbox/1.0/incidents";
    private static final String VALID = """
            {"summary": "Checkout API returning 500s", "severity": "P2", "team": "checkout",
             "impactedTeams": ["billing", "card-processing"], "startedAt": "2026-03-02T09:00:00Z",
             "detectedAt": "2026-03-02T09:04:00+00:00", "components": ["checkout-api"]}""";

    private final Sandbox sandbox;
    private final Http http;
    private final List<TicketEvent> events = new CopyOnWriteArrayList<>();

    SandboxRestTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.http = new Http(sandbox.baseUrl());
        sandbox.bean(TicketEventBus.class).register(events::add);
    }

    @Test
    void noCredentialsOnRestIsA401WithABasicChallenge() {
        for (String path : List.of(INCIDENTS, "/rest/sandbox/1.0/outbox", "/rest/postmortem/1.0/platforms")) {
            Http.Answer answer = http.get(null, path);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic "));
            assertThat(answer.json().get("message").asText()).isNotBlank();
        }
    }

    @Test
    void aWrongPasswordIsA401() {
        Http.Answer answer = http.send(null, "GET", "/rest/sandbox/1.0/outbox", null);
        assertThat(answer.status()).isEqualTo(401);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl() + "/rest/sandbox/1.0/outbox"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:wrong".getBytes()))
                .build();
        try {
            assertThat(java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void raisingAnIncidentAnswers201WithItsKeyStoresItAndFiresCreated() {
        Http.Answer answer = http.post("mim", INCIDENTS, VALID);

        assertThat(answer.status()).isEqualTo(201);
        String key = answer.json().get("key").asText();
        assertThat(key).matches("INC-\\d+");
        var incident = sandbox.bean(IncidentTickets.class).find(key).orElseThrow();
        assertThat(incident.summary()).isEqualTo("Checkout API returning 500s");
        assertThat(incident.severity().name()).isEqualTo("P2");
        assertThat(incident.owningTeam()).isEqualTo("checkout");
        assertThat(incident.impactedTeams()).containsExactly("billing", "card-processing");
        assertThat(incident.detectedAt()).isEqualTo(Instant.parse("2026-03-02T09:04:00Z"));
        assertThat(incident.components()).containsExactly("checkout-api");
        assertThat(incident.reporter()).isEqualTo("mim");
        assertThat(sandbox.bean(IncidentTickets.class).history(key)).extracting(e -> e.kind().name())
                .containsExactly("CREATED");
        assertThat(events).contains(TicketEvent.of(TicketEvent.Kind.CREATED, key, "mim"));
    }

    @Test
    void resolvingReopeningAndDeletingFireTheirEvents() {
        String key = http.post("sre", INCIDENTS, VALID).json().get("key").asText();

        Http.Answer resolved = http.post("sre", INCIDENTS + "/" + key + "/resolve", null);
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(sandbox.bean(IncidentTickets.class).find(key).orElseThrow().resolvedAt())
                .isEqualTo(sandbox.bean(TicketStore.class).get(key).resolvedAt()).isNotNull();
        assertThat(http.post("sre", INCIDENTS + "/" + key + "/resolve", null).json()
                .at("/errors/status").asText()).contains("already resolved");

        Http.Answer reopened = http.post("sre", "/rest/sandbox/1.0/issues/" + key + "/transition", "{\"status\":\"Open\"}");
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("status").asText()).isEqualTo("Open");
        assertThat(reopened.json().get("resolved").isNull()).isTrue();

        assertThat(http.send("sre", "DELETE", "/rest/sandbox/1.0/issues/" + key, null).status()).isEqualTo(204);
        assertThat(sandbox.bean(TicketStore.class).find(key)).isEmpty();
        assertThat(http.send("sre", "DELETE", "/rest/sandbox/1.0/issues/" + key, null).status()).isEqualTo(404);

        assertThat(events).containsSubsequence(
                TicketEvent.of(TicketEvent.Kind.RESOLVED, key, "sre"),
                TicketEvent.of(TicketEvent.Kind.REOPENED, key, "sre"),
                TicketEvent.of(TicketEvent.Kind.DELETED, key, "sre"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertField(INCIDENTS, "not json", "body");
        assertField(INCIDENTS, VALID.replace("\"P2\"", "\"P9\""), "severity");
        assertField(INCIDENTS, VALID.replace("\"team\": \"checkout\"", "\"team\": \"nobody\""), "team");
        assertField(INCIDENTS, VALID.replace("\"billing\"", "\"ghosts\""), "impactedTeams");
        assertField(INCIDENTS, VALID.replace("2026-03-02T09:00:00Z", "yesterday"), "startedAt");
        assertField(INCIDENTS, VALID.replace("2026-03-02T09:04:00+00:00", "2026-03-02T08:00:00Z"), "detectedAt");
        assertField(INCIDENTS, VALID.replace("\"summary\": \"Checkout API returning 500s\",", ""), "summary");
        assertField(INCIDENTS, VALID.replace("\"summary\"", "\"title\""), "title");
        assertField("/rest/sandbox/1.0/issues/INC-1/transition", "{\"status\":\"Closed\"}", "status");
        Http.Answer clock = http.send("admin", "PUT", "/rest/sandbox/1.0/clock", "{\"now\":\"noon\"}");
        assertThat(clock.status()).isEqualTo(400);
        assertThat(clock.json().at("/errors/now").asText()).isNotBlank();
    }

    @Test
    void anOutsiderGets403JsonAndSoDoesAnEngineerOutsideTheIncidentProject() {
        Http.Answer outsider = http.post("outsider", INCIDENTS, VALID);
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.json().get("message").asText()).contains("permission");
        assertThat(http.get("outsider", "/rest/sandbox/1.0/outbox").status()).isEqualTo(403);
        assertThat(http.post("outsider", "/rest/sandbox/1.0/issues/INC-1/transition", "{\"status\":\"Done\"}").status())
                .isEqualTo(403);
        assertThat(http.post("dev-checkout", INCIDENTS, VALID).status()).isEqualTo(403);
        assertThat(http.send("mim", "PUT", "/rest/sandbox/1.0/clock", "{\"now\":\"2026-01-01T00:00:00Z\"}").status())
                .isEqualTo(403);
    }

    @Test
    void theOutboxListsTheMailTheProductSent() {
        sandbox.bean(Outbox.class).send(new Mail(List.of("dev-checkout", "lead-commerce"), "Postmortem due: INC-1",
                "The postmortem meeting is due.", List.of(new Mail.Attachment("invite.ics", "text/calendar", "BEGIN:VCALENDAR"))));

        Http.Answer outbox = http.get("dev-billing", "/rest/sandbox/1.0/outbox");

        assertThat(outbox.status()).isEqualTo(200);
        var newest = outbox.json().get(0);
        assertThat(newest.get("subject").asText()).isEqualTo("Postmortem due: INC-1");
        assertThat(newest.get("to")).extracting(n -> n.asText()).containsExactly("dev-checkout", "lead-commerce");
        assertThat(newest.get("body").asText()).isEqualTo("The postmortem meeting is due.");
        assertThat(Instant.parse(newest.get("sentAt").asText())).isNotNull();
        assertThat(newest.get("attachments")).extracting(n -> n.asText()).containsExactly("invite.ics");
    }

    private void assertField(String path, String body, String field) {
        Http.Answer answer = http.post("admin", path, body);
        assertThat(answer.status()).as(body).isEqualTo(400);
        assertThat(answer.json().at("/errors").has(field)).as(answer.body()).isTrue();
    }
}
