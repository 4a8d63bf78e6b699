package io.postmortem.plugin.rest.postmortem;

import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Meeting;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.quality.Quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The postmortem as the REST API shows it. Every section is present, empty when not written yet. {@code incidentKey}
 * is the incident it was created for; {@code incidentKeys} every incident it covers, that one first; {@code quality}
 * is its review checklist now.
 */
public record PostmortemView(
        String key,
        String incidentKey,
        List<String> incidentKeys,
        String severity,
        String status,
        LocalDate dueDate,
        boolean overdue,
        FacilitatorView facilitator,
        Map<String, String> sections,
        List<RootCause> rootCauses,
        String noActionsReason,
        MeetingView meeting,
        Instant createdAt,
        Instant heldAt,
        Instant publishedAt,
        long version,
        List<String> impactedTeams,
        Abilities can,
        Quality quality) {

    public record FacilitatorView(String type, String name) {
        static FacilitatorView of(Facilitator facilitator) {
            return new FacilitatorView(facilitator.type().name(), facilitator.name());
        }
    }

    public record MeetingView(Instant start, Instant end, int durationMinutes, String location) {
        static MeetingView of(Meeting meeting) {
            return meeting == null ? null
                    : new MeetingView(meeting.start(), meeting.end(), meeting.durationMinutes(), meeting.location());
        }
    }

    /** What the viewer may do, so pages show only the buttons that work. */
    /**
     * @param markRead the viewer is of an impacted team and has not marked the published postmortem read yet
     * @param read the viewer marked it read
     */
    public record Abilities(boolean edit, boolean sendToReview, boolean publish, boolean sendBack, boolean scheduleMeeting,
                            boolean markRead, boolean read) {
    }

    public static PostmortemView of(Postmortem postmortem, LocalDate today, List<String> incidentKeys,
                                    List<String> impactedTeams, Abilities can, Quality quality) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            sections.put(section.name(), postmortem.section(section));
        }
        return new PostmortemView(postmortem.key(), postmortem.incidentKey(), List.copyOf(incidentKeys),
                postmortem.severity().name(),
                postmortem.status().name(), postmortem.dueDate(), postmortem.isOverdue(today),
                FacilitatorView.of(postmortem.facilitator()), sections, postmortem.rootCauses(),
                postmortem.noActionsReason(), MeetingView.of(postmortem.meeting()), postmortem.createdAt(),
                postmortem.heldAt(), postmortem.publishedAt(), postmortem.version(), impactedTeams, can, quality);
    }
}
