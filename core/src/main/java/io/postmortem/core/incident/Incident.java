package io.postmortem.core.incident;

import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An incident ticket read through the incident mapping. Team fields hold team slugs of the platform directory.
 * {@code startedAt} and {@code detectedAt} are what the ticket says, if anything; the timeline may know better.
 */
public record Incident(
        String key,
        String projectKey,
        String summary,
        Severity severity,
        String owningTeam,
        List<String> impactedTeams,
        List<String> components,
        Instant createdAt,
        Instant startedAt,
        Instant detectedAt,
        Instant resolvedAt,
        String reporter,
        String assignee) {

    public Incident {
        impactedTeams = List.copyOf(impactedTeams);
        components = List.copyOf(components);
    }

    public Optional<Severity> severityIfKnown() {
        return Optional.ofNullable(severity);
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    /** The owning team first, then every other impacted team, without repeats. */
    public List<String> allTeams() {
        java.util.LinkedHashSet<String> teams = new java.util.LinkedHashSet<>();
        if (owningTeam != null) {
            teams.add(owningTeam);
        }
        teams.addAll(impactedTeams);
        return List.copyOf(teams);
    }
}
