package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.access.Actors;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.health.HealthReport;
import io.postmortem.core.health.HostHealth;
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
        ConfigTestJira jira = new ConfigTestJira();
        Actors actors = new Actors(RequestUser::current, jira, jira);
        rest = RestHarness.builder()
                .resource(new HealthResource(new HealthReport(new NoMailHost(), jira), actors))
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
                "incident-mapping", "mail-server", "daily-job", "database", "linkage.meeting invitations");
        JsonNode mail = answer.json().get("checks").get(5);
        assertThat(mail.get("status").asText()).isEqualTo("FAIL");
        assertThat(mail.get("fix").asText()).contains("SMTP");
        assertThat(answer.json().get("checks").get(8).get("status").asText()).isEqualTo("WARN");
    }

    @Test
    void otherUsersAreRefusedWith403AndNobodyLoggedInWith401() {
        RestResponse refused = rest.client().as("alice").get("/health");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("administrators");

        assertThat(rest.client().get("/health").status()).isEqualTo(401);
    }

    /** A Jira with everything in place except an outgoing mail server, and one feature turned off. */
    private static final class NoMailHost implements HostHealth {
        @Override
        public List<HostService> services() {
            return List.of(new HostService("mailQueue", "com.atlassian.mail.queue.MailQueue", true, true));
        }

        @Override
        public Presence issueTypes() {
            return new Presence(List.of("Postmortem", "Problem"), List.of());
        }

        @Override
        public Presence linkTypes() {
            return new Presence(List.of("Postmortem", "Postmortem action"), List.of());
        }

        @Override
        public ProjectReadiness postmortemProject(String projectKey) {
            return new ProjectReadiness(projectKey, true, "lead");
        }

        @Override
        public MappingReadiness incidentMapping(IncidentMapping mapping) {
            return new MappingReadiness(mapping.incidentIssueTypes(), List.of(), List.of());
        }

        @Override
        public Known<Boolean> mailServerConfigured() {
            return Known.of(false);
        }

        @Override
        public Known<DailyJobState> dailyJob() {
            return Known.of(new DailyJobState(true, true, null, null, null, null));
        }

        @Override
        public DatabaseState database() {
            return new DatabaseState("POSTGRESQL", "0", 18, List.of());
        }

        @Override
        public List<Degradation> degradations() {
            return List.of(new Degradation("meeting invitations", "com.atlassian.mail.Email#setMultipart",
                    "NoSuchMethodError: setMultipart", Instant.parse("2026-11-25T09:00:00Z")));
        }
    }
}
