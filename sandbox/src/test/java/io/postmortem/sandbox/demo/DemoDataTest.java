package io.postmortem.sandbox.demo;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.sandbox.db.Settings;
import io.postmortem.sandbox.host.SandboxPermissions;
import io.postmortem.sandbox.tickets.TicketStore;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.shared.Severity;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.tickets.Issue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class DemoDataTest {
    private final Sandbox sandbox;

    DemoDataTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    void theConfigurationHoldsTheDirectoryWithLeadsAndTeamProjects() {
        var directory = sandbox.bean(ConfigurationStore.class).load().directory();
        assertThat(directory.platforms()).hasSize(12);
        assertThat(directory.teams()).hasSize(60);
        assertThat(directory.platform("payments").orElseThrow().lead()).isEqualTo("lead-payments");
        assertThat(directory.team("checkout").orElseThrow().projectKey()).isEqualTo("CHK");
        directory.teams().forEach(team -> assertThat(sandbox.bean(SandboxPermissions.class).exists(team.projectKey())).isTrue());
        assertThat(sandbox.bean(ConfigurationStore.class).audit(10)).isNotEmpty();
    }

    @Test
    void eighteenMonthsOfIncidentsOfEverySeverityEndAtTheFirstStart() {
        Instant end = Instant.parse(sandbox.bean(Settings.class).get("demo.loadedAt").orElseThrow());
        List<Incident> incidents = sandbox.bean(TicketStore.class).issues("INC", "Incident").stream()
                .map(Issue::key).map(key -> sandbox.bean(IncidentTickets.class).find(key).orElseThrow())
                .filter(i -> !i.createdAt().isAfter(end)).toList();

        assertThat(incidents).hasSizeGreaterThan(500);
        assertThat(incidents.stream().map(Incident::severity).distinct()).containsExactlyInAnyOrder(Severity.values());
        Instant oldest = incidents.stream().map(Incident::startedAt).min(Instant::compareTo).orElseThrow();
        assertThat(Duration.between(oldest, end).toDays()).isBetween(530L, 552L);
        assertThat(incidents).allSatisfy(i -> {
            assertThat(i.owningTeam()).isNotNull();
            assertThat(i.startedAt()).isBeforeOrEqualTo(i.detectedAt());
            assertThat(i.detectedAt()).isBefore(i.createdAt());
            if (i.resolvedAt() != null) {
                assertThat(i.resolvedAt()).isAfter(i.createdAt()).isBeforeOrEqualTo(end);
            }
        });
        assertThat(incidents.stream().filter(i -> !i.isResolved()).count()).isPositive();
        assertThat(incidents.stream().map(Incident::owningTeam).filter(Objects::nonNull).distinct().count())
                .isGreaterThan(50);
    }

    @Test
    void historyRecordsCreationProgressAndResolution() {
        Incident resolved = sandbox.bean(TicketStore.class).issues("INC", "Incident").stream()
                .filter(Issue::isResolved).findFirst()
                .flatMap(i -> sandbox.bean(IncidentTickets.class).find(i.key())).orElseThrow();
        assertThat(sandbox.bean(IncidentTickets.class).history(resolved.key()))
                .extracting(e -> e.kind().name())
                .startsWith("CREATED").contains("STATUS_CHANGED", "RESOLVED");
    }
}
