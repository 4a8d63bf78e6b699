package io.postmortem.sandbox.health;

import io.postmortem.sandbox.host.SandboxScheduler;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The health page's API, checked from outside through the sandbox, which answers the same checks over its host. */
@UsesSandbox
class HealthRestTest {
    private static final String HEALTH = "/rest/postmortem/1.0/health";

    private final Sandbox sandbox;
    private final Http http;

    HealthRestTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void anAdministratorSeesEveryCheckWithItsStatus() {
        Http.Answer answer = http.get("admin", HEALTH);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, JsonNode> checks = new LinkedHashMap<>();
        for (JsonNode check : answer.json().get("checks")) {
            checks.put(check.get("id").asText(), check);
            assertThat(check.get("status").asText()).isIn("OK", "WARN", "FAIL");
            assertThat(check.get("detail").asText()).isNotBlank();
            assertThat(check.has("fix")).isTrue();
        }
        assertThat(checks).containsKeys("host-service.activeObjects", "host-service.mail", "host-service.scheduler",
                "issue-types", "link-types", "postmortem-project", "incident-mapping", "mail-server", "postmortem-workflow", "daily-job",
                "database", "linkage");
        // The demo organisation is set up right: nothing to fix.
        assertThat(checks.values()).allSatisfy(check -> assertThat(check.get("status").asText())
                .as(check.toString()).isEqualTo("OK"));
        assertThat(checks.get("database").get("detail").asText()).contains("H2", "schema version");
        assertThat(checks.get("postmortem-project").get("detail").asText()).contains("PM");
    }

    @Test
    void theDailyJobReportsItsLastRunAfterTheClockMoves() {
        sandbox.bean(SandboxScheduler.class).runAll();

        JsonNode dailyJob = null;
        for (JsonNode check : http.get("admin", HEALTH).json().get("checks")) {
            if (check.get("id").asText().equals("daily-job")) {
                dailyJob = check;
            }
        }

        assertThat(dailyJob).isNotNull();
        assertThat(dailyJob.get("detail").asText()).contains("once per cluster", "Last run:", "SUCCESS",
                "daily job(s) ran");
    }

    @Test
    void othersAreRefused() {
        Http.Answer mim = http.get("mim", HEALTH);
        assertThat(mim.status()).isEqualTo(403);
        assertThat(mim.json().get("message").asText()).contains("administrators");
        assertThat(http.get("dev-billing", HEALTH).status()).isEqualTo(403);
        assertThat(http.get(null, HEALTH).status()).isEqualTo(401);
    }
}
