package io.postmortem.core.timeline;

import java.time.ZoneId;
import java.util.List;

/**
 * Everything the timeline panel shows to one viewer.
 *
 * @param viewerZone the viewer's time zone (their profile's, else the business calendar's)
 * @param impactedTeams owning team first, then the ticket's impacted teams, then teams added later
 * @param writableTeams the impacted teams the viewer may write for
 * @param editable whether the timeline can still change (no postmortem yet, or a draft)
 */
public record TimelineView(
        String incidentKey,
        Timeline timeline,
        Milestones milestones,
        TimelineMetrics metrics,
        List<TimelineWarning> warnings,
        List<String> impactedTeams,
        List<String> writableTeams,
        boolean editable,
        String viewer,
        ZoneId viewerZone) {

    public TimelineView {
        warnings = List.copyOf(warnings);
        impactedTeams = List.copyOf(impactedTeams);
        writableTeams = List.copyOf(writableTeams);
    }

    /** Whether the viewer may change this entry now: their own, while the timeline is editable. */
    public boolean canChange(TimelineEntry entry) {
        return editable && entry.author().equals(viewer);
    }
}
