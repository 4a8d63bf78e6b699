package io.postmortem.sandbox.rest;

import io.postmortem.sandbox.db.Settings;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.tickets.TicketStore;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class ClockRestTest {

    @Test
    void settingTheClockFixesNowForNewTicketsUntilItReturnsToRealTime(Sandbox sandbox) {
        Http http = new Http(sandbox.baseUrl());
        try {
            Http.Answer set = http.send("admin", "PUT", "/rest/sandbox/1.0/clock", "{\"now\":\"2031-05-04T10:15:00Z\"}");
            assertThat(set.status()).isEqualTo(200);
            assertThat(sandbox.bean(SandboxClock.class).instant()).isEqualTo(Instant.parse("2031-05-04T10:15:00Z"));
            assertThat(sandbox.bean(Settings.class).get("clock.now")).hasValue("2031-05-04T10:15:00Z");

            String key = http.post("admin", "/rest/sandbox/1.0/incidents", """
                    {"summary": "Clock test", "severity": "P4", "team": "billing", "startedAt": "2031-05-04T09:00:00Z",
                     "detectedAt": "2031-05-04T09:30:00Z"}""").json().get("key").asText();
            assertThat(sandbox.bean(TicketStore.class).get(key).createdAt()).isEqualTo(Instant.parse("2031-05-04T10:15:00Z"));
            http.post("admin", "/rest/sandbox/1.0/incidents/" + key + "/resolve", null);
            assertThat(sandbox.bean(TicketStore.class).get(key).resolvedAt()).isEqualTo(Instant.parse("2031-05-04T10:15:00Z"));
        } finally {
            assertThat(http.send("admin", "DELETE", "/rest/sandbox/1.0/clock", null).status()).isEqualTo(200);
        }
        assertThat(Duration.between(sandbox.bean(SandboxClock.class).instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(sandbox.bean(Settings.class).get("clock.now")).isEmpty();
    }
}
