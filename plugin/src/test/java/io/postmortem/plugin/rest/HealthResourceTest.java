package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.access.Actors;
import io.postmortem.core.health.HealthReport;
import io.postmortem.core.health.HostHealth.Degradation;
import io.postmortem.core.health.HostHealth.HostService;
import io.postmortem.core.postmortemissue.PostmortemWorkflowCheck;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.TestHostHealth;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.testkit.rest.RequestUser;
import io.postmortem.testkit.rest.RestHarness;
import io.postmortem.testkit.rest.RestResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /health through a real Jersey 3 server and the plugin's exception mapper. */
class HealthResourceTest {
    private static RestHarness rest;

    @BeforeAll
    static void start() {
        TestOrganisation jira = ConfigResourceTest.jira();
        Actors actors = new Actors(RequestUser::current, jira, jira);
        rest = RestHarness.builder()
                .resource(new HealthResource(new HealthReport(noMailHost(), jira,
                        new PostmortemWorkflowCheck(jira, InMemoryPostmortems.withTransitions(
                                InMemoryPostmortems.SIMPLIFIED))), actors))
                .provider(new ApiExceptionMapper())
                .start();
    }

    @AfterAll
    static void stop() {
        rest.close();
    }

    @Test
    void anAdministratorGetsEveryCheckWithItsStatusDetailAndFix() {
        RestResponse answer = rest.client().as("admin").get("/health");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.mediaType()).isEqualTo("application/json");
        List<String> ids = new ArrayList<>();
        for (JsonNode check : answer.json().get("checks")) {
            ids.add(check.get("id").asText());
            assertThat(check.get("status").asText()).isIn("OK", "WARN", "FAIL");
            assertThat(check.get("detail").asText()).isNotBlank();
            assertThat(check.has("fix")).isTrue();
        }
        assertThat(ids).containsExactly("host-service.mailQueue", "issue-types", "link-types", "postmortem-project",
                "incident-mapping", "mail-server", "postmortem-workflow", "daily-job", "database", "linkage.meeting invitations");
        JsonNode mail = answer.json().get("checks").get(5);
        assertThat(mail.get("status").asText()).isEqualTo("FAIL");
        assertThat(mail.get("fix").asText()).contains("SMTP");
        assertThat(answer.json().get("checks").get(9).get("status").asText()).isEqualTo("WARN");
    }

    @Test
    void otherUsersAreRefusedWith403AndNobodyLoggedInWith401() {
        RestResponse refused = rest.client().as("alice").get("/health");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("administrators");

        assertThat(rest.client().get("/health").status()).isEqualTo(401);
    }

    /** A Jira with everything in place except an outgoing mail server, and one feature turned off. */
    private static TestHostHealth noMailHost() {
        return new TestHostHealth()
                .services(new HostService("mailQueue", "com.atlassian.mail.queue.MailQueue", true, true))
                .withoutMailServer().database("POSTGRESQL")
                .degraded(new Degradation("meeting invitations", "com.atlassian.mail.Email#setMultipart",
                        "NoSuchMethodError: setMultipart", Instant.parse("2026-11-25T09:00:00Z")));
    }
}
