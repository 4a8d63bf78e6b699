package io.postmortem.plugin.rest.timeline;

import io.postmortem.core.timeline.Milestone;

import java.time.ZoneId;

/**
 * When a milestone happened and where it was read from.
 *
 * @param origin ENTRY or INCIDENT_FIELD
 * @param entryId the entry it came from, null for the incident's field
 */
public record MilestoneView(String at, String origin, Long entryId, String team) {

    static MilestoneView of(Milestone milestone, ZoneId zone) {
        return milestone == null ? null : new MilestoneView(Times.format(milestone.at(), zone),
                milestone.origin().name(), milestone.entryId(), milestone.team());
    }
}
