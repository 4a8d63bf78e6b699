package io.postmortem.sandbox.rest;

import io.postmortem.core.action.ActionType;
import io.postmortem.core.action.ProblemTicketRequest;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.shared.Priority;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.host.SandboxPermissions;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.SandboxProblemTickets;
import io.postmortem.sandbox.tickets.TicketStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Raising actions over HTTP: repeated submits raise once; the ticket system's create permission is applied. */
@UsesSandbox
class ActionsRestTest {
    private final Sandbox sandbox;
    private final Http http;

    ActionsRestTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void tenConcurrentSubmitsWithOneRequestIdRaiseOneActionAndOneTicket() throws Exception {
        Postmortem postmortem = resolvedP1("Queue consumers stopped");
        String project = teamProject("card-processing");
        int ticketsBefore = problems(project);
        String body = """
                {"summary": "Restart stalled consumers automatically", "type": "REPAIR", "team": "card-processing",
                 "priority": "HIGH", "requestId": "%s"}""".formatted(UUID.randomUUID());

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<Http.Answer> submit = () -> {
                    start.await();
                    return http.post("mim", "/rest/postmortem/1.0/postmortems/" + postmortem.key() + "/actions", body);
                };
                answers.add(pool.submit(submit));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Future<Http.Answer> answer : answers) {
                Http.Answer done = answer.get();
                statuses.add(done.status());
                keys.add(done.json().get("problemKey").asText());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
            assertThat(keys).containsOnly(keys.getFirst());
        } finally {
            pool.shutdownNow();
        }
        assertThat(problems(project)).isEqualTo(ticketsBefore + 1);
        assertThat(sandbox.bean(AoActionRepository.class).byPostmortem(postmortem.key())).hasSize(1);
    }

    @Test
    void someoneWhoMayNotCreateIssuesInTheTeamsProjectIsRefusedAndNothingIsLeft() {
        // An engineer of an impacted team may edit the draft, but not create issues in card-processing's project.
        Postmortem postmortem = resolvedP1("Ledger writes delayed");
        String project = teamProject("card-processing");
        assertThat(sandbox.bean(SandboxPermissions.class).canCreateIssue("dev-billing", project)).isFalse();
        int ticketsBefore = problems(project);

        Http.Answer answer = http.post("dev-billing", "/rest/postmortem/1.0/postmortems/" + postmortem.key() + "/actions", """
                {"summary": "Add a ledger write budget", "type": "PREVENT", "team": "card-processing",
                 "priority": "MEDIUM", "requestId": "%s"}""".formatted(UUID.randomUUID()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.json().get("message").asText()).contains(project);
        assertThat(problems(project)).isEqualTo(ticketsBefore);
        TicketStore tickets = sandbox.bean(TicketStore.class);
        assertThat(tickets.links(postmortem.key())).noneMatch(link -> link.type().equals(SandboxProblemTickets.IS_ACTION_OF));
        assertThat(sandbox.bean(AoActionRepository.class).byPostmortem(postmortem.key())).isEmpty();
    }

    @Test
    void aRetryAfterACrashBetweenTicketAndRowAdoptsTheTicketTheFirstAttemptMade() {
        Postmortem postmortem = resolvedP1("Settlement batch stuck");
        String project = teamProject("card-processing");
        String requestId = UUID.randomUUID().toString();
        // The first attempt: its ticket was made, then the node stopped before the action was stored.
        String orphan = sandbox.bean(SandboxProblemTickets.class).create(new ProblemTicketRequest(project, null,
                "Alert on stuck settlement batches", "Details.", ActionType.DETECT, Priority.HIGH,
                LocalDate.now().plusDays(30), "card-processing", "payments", postmortem.key(), postmortem.incidentKey(),
                List.of("postmortem-action"), requestId), "mim");
        int ticketsBefore = problems(project);

        Http.Answer retried = http.post("mim", "/rest/postmortem/1.0/postmortems/" + postmortem.key() + "/actions", """
                {"summary": "Alert on stuck settlement batches", "type": "DETECT", "team": "card-processing",
                 "priority": "HIGH", "requestId": "%s"}""".formatted(requestId));

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.json().get("problemKey").asText()).isEqualTo(orphan);
        assertThat(problems(project)).isEqualTo(ticketsBefore);
        assertThat(sandbox.bean(AoActionRepository.class).byPostmortem(postmortem.key()))
                .singleElement().satisfies(action -> assertThat(action.problemKey()).isEqualTo(orphan));
    }

    private Postmortem resolvedP1(String summary) {
        Instant now = sandbox.bean(SandboxClock.class).instant();
        Issue incident = sandbox.bean(TicketWorkflow.class).create(new NewIssue("INC", SandboxFields.INCIDENT, summary,
                summary + ".", "Highest", "mim", "dev-card-processing", Map.of(SandboxFields.SEVERITY, List.of("P1"),
                SandboxFields.OWNING_TEAM, List.of("card-processing"),
                SandboxFields.IMPACTED_TEAMS, List.of("billing"),
                SandboxFields.STARTED_AT, List.of(now.minus(2, ChronoUnit.HOURS).toString())), now));
        sandbox.bean(TicketWorkflow.class).transition(incident.key(), SandboxFields.DONE, "mim");
        return sandbox.bean(AoPostmortemRepository.class).findByIncident(incident.key()).orElseThrow();
    }

    private String teamProject(String team) {
        return sandbox.bean(ConfigurationStore.class).load().directory().team(team).orElseThrow().projectKey();
    }

    private int problems(String project) {
        return sandbox.bean(TicketStore.class).issues(project, SandboxFields.PROBLEM).size();
    }
}
