package io.postmortem.core.postmortem;

import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The postmortem of one incident, kept in a Postmortem issue ({@code key}) linked to the incident.
 *
 * @param owningTeam the incident's owning team when the postmortem was created (slug; null if unknown)
 * @param platform that team's platform (slug; null if unknown): dashboards count postmortems by it
 * @param noActionsReason why no action is needed, when the postmortem raises none
 * @param heldAt when it first went into review, i.e. the meeting was held; the due date is judged against it
 * @param version optimistic-locking counter, incremented by every save
 */
public record Postmortem(
        String key,
        String incidentKey,
        Severity severity,
        String owningTeam,
        String platform,
        PostmortemStatus status,
        LocalDate dueDate,
        Facilitator facilitator,
        Map<Section, String> sections,
        List<RootCause> rootCauses,
        String noActionsReason,
        Meeting meeting,
        Instant createdAt,
        Instant heldAt,
        Instant publishedAt,
        long version) {

    public Postmortem {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        copy.putAll(sections);
        sections = java.util.Collections.unmodifiableMap(copy);
        rootCauses = List.copyOf(rootCauses);
    }

    public String section(Section section) {
        return sections.getOrDefault(section, "");
    }

    public boolean isPublished() {
        return status == PostmortemStatus.PUBLISHED;
    }

    /** Overdue: the meeting has not been held (never in review) and the due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return heldAt == null && today.isAfter(dueDate);
    }

    public Postmortem withStatus(PostmortemStatus newStatus, Instant at) {
        Instant held = heldAt == null && newStatus != PostmortemStatus.DRAFT ? at : heldAt;
        Instant published = newStatus == PostmortemStatus.PUBLISHED ? at : publishedAt;
        return new Postmortem(key, incidentKey, severity, owningTeam, platform, newStatus, dueDate, facilitator, sections, rootCauses,
                noActionsReason, meeting, createdAt, held, published, version);
    }

    public Postmortem withContent(Map<Section, String> newSections, List<RootCause> newRootCauses, String newNoActionsReason) {
        return new Postmortem(key, incidentKey, severity, owningTeam, platform, status, dueDate, facilitator, newSections, newRootCauses,
                newNoActionsReason, meeting, createdAt, heldAt, publishedAt, version);
    }

    public Postmortem withVersion(long newVersion) {
        return new Postmortem(key, incidentKey, severity, owningTeam, platform, status, dueDate, facilitator, sections,
                rootCauses, noActionsReason, meeting, createdAt, heldAt, publishedAt, newVersion);
    }

    public Postmortem withMeeting(Meeting newMeeting) {
        return new Postmortem(key, incidentKey, severity, owningTeam, platform, status, dueDate, facilitator, sections, rootCauses,
                noActionsReason, newMeeting, createdAt, heldAt, publishedAt, version);
    }
}
