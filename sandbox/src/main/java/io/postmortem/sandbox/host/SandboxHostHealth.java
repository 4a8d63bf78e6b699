package io.postmortem.sandbox.host;

import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Source;
import io.postmortem.core.health.HostHealth;
import io.postmortem.plugin.health.ActiveObjectsSchema;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.SandboxPostmortemTickets;
import io.postmortem.sandbox.tickets.SandboxProblemTickets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The health page's facts from the sandbox's own host: its parts standing in for Jira (people, permissions,
 * tickets, outbox, scheduler, locks), its built-in issue and link types, its projects and fields, the real Active
 * Objects on its H2 database, and the features a guarded call turned off.
 */
public final class SandboxHostHealth implements HostHealth {
    private static final Set<String> ISSUE_TYPES = Set.of(SandboxFields.INCIDENT, SandboxFields.POSTMORTEM,
            SandboxFields.PROBLEM);
    /** Who the sandbox creates postmortems as when the resolver may not: the sandbox itself, which may always. */
    private static final String SANDBOX_CREATOR = "the sandbox host";

    private final Map<String, Object> parts;
    private final SandboxPermissions permissions;
    private final SandboxScheduler scheduler;
    private final ActiveObjectsSchema schema;
    private final HostCalls host;

    /**
     * @param parts the sandbox's host parts by name (e.g. "people" to its SandboxPeople); one missing (null) is
     *              reported as unavailable
     */
    public SandboxHostHealth(Map<String, Object> parts, SandboxPermissions permissions, SandboxScheduler scheduler,
                             ActiveObjectsSchema schema, HostCalls host) {
        this.parts = new LinkedHashMap<>(parts);
        this.permissions = permissions;
        this.scheduler = scheduler;
        this.schema = schema;
        this.host = host;
    }

    @Override
    public List<HostService> services() {
        List<HostService> services = new ArrayList<>();
        parts.forEach((name, part) -> services.add(new HostService(name,
                part == null ? name : "Sandbox " + part.getClass().getSimpleName(), true, part != null)));
        return services;
    }

    /** Built into the sandbox's ticket store, as its link types are. */
    @Override
    public Presence issueTypes() {
        return new Presence(List.of(SandboxFields.POSTMORTEM, SandboxFields.PROBLEM), List.of());
    }

    @Override
    public Presence linkTypes() {
        return new Presence(List.of(SandboxPostmortemTickets.REVIEWS, SandboxProblemTickets.IS_ACTION_OF), List.of());
    }

    @Override
    public ProjectReadiness postmortemProject(String projectKey) {
        boolean exists = projectKey != null && permissions.exists(projectKey);
        return new ProjectReadiness(projectKey, exists, exists ? SANDBOX_CREATOR : null);
    }

    @Override
    public MappingReadiness incidentMapping(IncidentMapping mapping) {
        List<String> missingFields = new ArrayList<>();
        checkField("severity", mapping.severitySource(), mapping.severityField(), missingFields);
        checkField("owning team", mapping.owningTeamSource(), mapping.owningTeamField(), missingFields);
        checkField("impacted teams", mapping.impactedTeamsSource(), mapping.impactedTeamsField(), missingFields);
        return new MappingReadiness(mapping.incidentIssueTypes(),
                mapping.incidentIssueTypes().stream().filter(type -> !ISSUE_TYPES.contains(type)).toList(),
                missingFields);
    }

    private static void checkField(String what, Source source, String fieldId, List<String> missing) {
        if (source != Source.CUSTOM_FIELD) {
            return;
        }
        if (fieldId == null || fieldId.isBlank()) {
            missing.add(what + " (no field set)");
        } else if (SandboxFields.nameOf(fieldId).equals(fieldId)) {
            missing.add(what + " " + fieldId);
        }
    }

    /** The sandbox delivers every mail to its outbox (/jira/outbox). */
    @Override
    public Known<Boolean> mailServerConfigured() {
        return Known.of(parts.get("mail") != null);
    }

    /** Once per cluster (a cluster lock in the shared database); the jobs run whenever the sandbox clock is moved. */
    @Override
    public Known<DailyJobState> dailyJob() {
        SandboxScheduler.LastRun last = scheduler.lastRun().orElse(null);
        return Known.of(new DailyJobState(!scheduler.jobNames().isEmpty(), true, null,
                last == null ? null : last.at(), last == null ? null : last.succeeded() ? "SUCCESS" : "FAILED",
                last == null ? null : last.message()));
    }

    @Override
    public DatabaseState database() {
        return schema.state();
    }

    @Override
    public List<Degradation> degradations() {
        return host.degradations();
    }
}
