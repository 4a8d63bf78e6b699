package io.postmortem.sandbox.tickets;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Source;
import io.postmortem.core.shared.Severity;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class SandboxIncidentTicketsTest {
    private final Sandbox sandbox;

    SandboxIncidentTicketsTest(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    void readsIncidentsThroughTheAdministratorsMapping() {
        Issue issue = sandbox.bean(TicketStore.class).create(new NewIssue("INC", "Incident", "Ledger drift", null, "Low",
                "sre", "dev-ledger", Map.of(SandboxFields.SEVERITY, List.of("P2"),
                SandboxFields.OWNING_TEAM, List.of("ledger"), SandboxFields.IMPACTED_TEAMS, List.of("Billing")),
                Instant.parse("2026-02-01T10:00:00Z")));
        var incidents = sandbox.bean(IncidentTickets.class);
        assertThat(incidents.find(issue.key()).orElseThrow().severity()).isEqualTo(Severity.P2);
        assertThat(incidents.find(issue.key()).orElseThrow().impactedTeams()).containsExactly("billing");

        var store = sandbox.bean(ConfigurationStore.class);
        Configuration before = store.load();
        IncidentMapping m = before.incidentMapping();
        IncidentMapping byPriority = new IncidentMapping(m.incidentIssueTypes(), Source.PRIORITY, null,
                IncidentMapping.defaults().severityValues(), m.owningTeamSource(), m.owningTeamField(),
                m.impactedTeamsSource(), m.impactedTeamsField(), m.postmortemProject());
        try {
            store.save(new Configuration(before.directory(), byPriority, before.policies()), "admin", List.of("test"));
            assertThat(incidents.find(issue.key()).orElseThrow().severity()).isEqualTo(Severity.P4);
        } finally {
            store.save(before, "admin", List.of("test restored"));
        }
        assertThat(incidents.find(issue.key()).orElseThrow().severity()).isEqualTo(Severity.P2);
    }

    @Test
    void aProblemTicketIsNotAnIncidentButExists() {
        Issue problem = sandbox.bean(TicketStore.class).create(new NewIssue("CHK", "Problem", "Fix retries", null, "High",
                "dev-checkout", null, Map.of(), Instant.now()));
        assertThat(sandbox.bean(IncidentTickets.class).find(problem.key())).isEmpty();
        assertThat(sandbox.bean(IncidentTickets.class).exists(problem.key())).isTrue();
        assertThat(sandbox.bean(IncidentTickets.class).exists("CHK-99999")).isFalse();
    }

    @Test
    void aMovedIssueKeepsItsHistoryUnderItsNewKeyAndTheOldKeyLeadsThere() {
        TicketStore store = sandbox.bean(TicketStore.class);
        Issue problem = store.create(new NewIssue("CHK", "Problem", "Move me", null, "High", "dev-checkout", null,
                Map.of(), Instant.now()));
        store.link(problem.key(), "INC-1", "Action");
        String newKey = sandbox.bean(TicketWorkflow.class).move(problem.key(), "BILL", "admin");
        assertThat(newKey).startsWith("BILL-");
        assertThat(store.currentKey(problem.key())).hasValue(newKey);
        assertThat(store.links(newKey)).extracting(TicketStore.Link::toKey).containsExactly("INC-1");
        assertThat(store.history(newKey)).extracting(TicketStore.Change::field).contains("created", "Key", "project");
    }
}
