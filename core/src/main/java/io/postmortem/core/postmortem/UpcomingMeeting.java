package io.postmortem.core.postmortem;

import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A scheduled postmortem meeting anyone who may see the incident can come to.
 *
 * @param teams names of the incident's owning and impacted teams
 * @param zone the viewer's time zone, to show the time in
 * @param invited the viewer is invited already (impacted team, facilitator) or joined as a guest
 */
public record UpcomingMeeting(String postmortemKey, String incidentKey, String incidentSummary, Severity severity,
                              Instant start, Instant end, int durationMinutes, String location, List<String> teams,
                              ZoneId zone, boolean invited) {

    public UpcomingMeeting {
        teams = List.copyOf(teams);
    }
}
