package io.postmortem.core.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * When one milestone of the incident happened and where that was read from.
 *
 * @param kind IMPACT_STARTED, DETECTED, MITIGATED or RESOLVED
 * @param entryId the entry it was read from, or null when it came from the incident's field
 * @param team the team of that entry, or null
 */
public record Milestone(EntryKind kind, Instant at, Origin origin, Long entryId, String team) {

    public enum Origin {
        /** The earliest timeline entry of the milestone's kind. */
        ENTRY,
        /** The incident ticket's own field (startedAt, detectedAt, resolvedAt). */
        INCIDENT_FIELD
    }

    public Milestone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(origin, "origin");
    }

    static Milestone fromEntry(TimelineEntry entry) {
        return new Milestone(entry.kind(), entry.at(), Origin.ENTRY, entry.id(), entry.team());
    }

    static Milestone fromField(EntryKind kind, Instant at) {
        return at == null ? null : new Milestone(kind, at, Origin.INCIDENT_FIELD, null, null);
    }

    /** "impact start", "detection", ... for messages. */
    public String label() {
        return Milestones.label(kind);
    }
}
