package io.postmortem.core.timeline;

import io.postmortem.core.incident.Incident;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The incident's four milestones, each null when unknown. Follows docs/metrics.md ("Milestones"): the earliest
 * timeline entry of the milestone's kind wins; where there is none, the incident's own field is used
 * (startedAt, detectedAt, resolvedAt; mitigation has no field).
 */
public record Milestones(Milestone impactStarted, Milestone detected, Milestone mitigated, Milestone resolved) {

    public static Milestones of(Timeline timeline, Incident incident) {
        return new Milestones(
                pick(timeline, EntryKind.IMPACT_STARTED, incident.startedAt()),
                pick(timeline, EntryKind.DETECTED, incident.detectedAt()),
                pick(timeline, EntryKind.MITIGATED, null),
                pick(timeline, EntryKind.RESOLVED, incident.resolvedAt()));
    }

    private static Milestone pick(Timeline timeline, EntryKind kind, java.time.Instant field) {
        return timeline.earliest(kind).map(Milestone::fromEntry).orElseGet(() -> Milestone.fromField(kind, field));
    }

    /** The known milestones in their natural order (impact start, detection, mitigation, resolution). */
    public List<Milestone> known() {
        return Arrays.asList(impactStarted, detected, mitigated, resolved).stream().filter(Objects::nonNull).toList();
    }

    static String label(EntryKind kind) {
        return switch (kind) {
            case IMPACT_STARTED -> "impact start";
            case DETECTED -> "detection";
            case MITIGATED -> "mitigation";
            case RESOLVED -> "resolution";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
