package io.postmortem.sandbox.rest;

import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.sandbox.db.Settings;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.tickets.TicketStore;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RestartAndDurabilityTest {
    private static final String INCIDENT = """
            {"summary": "Search index stale", "severity": "P3", "team": "indexing", "startedAt": "2026-01-05T10:00:00Z",
             "detectedAt": "2026-01-05T10:20:00Z"}""";

    @Test
    void aRestartOnTheSameDataFolderShowsTheSameDataAndDoesNotReloadTheDemo(@TempDir Path data) throws Exception {
        String key;
        int incidents;
        String seededAt;
        try (Sandbox first = Sandbox.start(new SandboxOptions(0, data, false))) {
            Http http = new Http(first.baseUrl());
            key = http.post("admin", "/rest/sandbox/1.0/incidents", INCIDENT).json().get("key").asText();
            http.send("admin", "PUT", "/rest/sandbox/1.0/clock", "{\"now\":\"2030-01-01T00:00:00Z\"}");
            incidents = first.bean(TicketStore.class).issues("INC", null).size();
            seededAt = first.bean(Settings.class).get("demo.loadedAt").orElseThrow();
        }
        try (Sandbox second = Sandbox.start(new SandboxOptions(0, data, false))) {
            Http http = new Http(second.baseUrl());
            assertThat(second.bean(TicketStore.class).get(key).summary()).isEqualTo("Search index stale");
            assertThat(second.bean(TicketStore.class).issues("INC", null)).hasSize(incidents);
            assertThat(second.bean(Settings.class).get("demo.loadedAt")).hasValue(seededAt);
            assertThat(second.bean(SandboxClock.class).instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
            assertThat(http.get("admin", "/rest/sandbox/1.0/issues/" + key).json().get("summary").asText())
                    .isEqualTo("Search index stale");
        }
        try (Sandbox reset = Sandbox.start(new SandboxOptions(0, data, true))) {
            assertThat(reset.bean(TicketStore.class).find(key).map(i -> i.summary())).isNotEqualTo(
                    java.util.Optional.of("Search index stale"));
            assertThat(reset.bean(SandboxClock.class).setTo()).isEmpty();
        }
    }

    @Test
    void killingTheProcessRightAfterA201LosesNothing(@TempDir Path data) throws Exception {
        int port = freePort();
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "io.postmortem.sandbox.SandboxMain",
                "--port", String.valueOf(port), "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
                .start();
        String key;
        try {
            Http http = new Http("http://localhost:" + port + "/jira");
            waitUntilUp(http, process);
            Http.Answer created = http.post("admin", "/rest/sandbox/1.0/incidents", INCIDENT);
            assertThat(created.status()).isEqualTo(201);
            key = created.json().get("key").asText();
        } finally {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close of the database
            process.waitFor();
        }
        try (Sandbox after = Sandbox.start(new SandboxOptions(0, data, false))) {
            assertThat(after.bean(TicketStore.class).get(key).summary()).isEqualTo("Search index stale");
            assertThat(after.bean(IncidentTickets.class).history(key)).isNotEmpty();
        }
    }

    private static void waitUntilUp(Http http, Process process) throws InterruptedException {
        // Generous: loading the demo in a fresh process takes seconds alone, minutes on a machine busy with builds.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the sandbox process is running").isTrue();
            try {
                if (http.get(null, "/rest/sandbox/1.0/outbox").status() == 401) {
                    return;
                }
            } catch (AssertionError notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the sandbox did not start within 240 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
