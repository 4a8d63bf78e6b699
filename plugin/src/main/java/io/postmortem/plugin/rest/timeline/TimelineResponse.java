package io.postmortem.plugin.rest.timeline;

import io.postmortem.core.timeline.TimelineView;

import java.util.List;

/**
 * GET /incidents/{key}/timeline: the merged entries with milestones, metrics and warnings, in the viewer's zone.
 *
 * @param zone the viewer's time zone id; every time in the answer carries its offset
 */
public record TimelineResponse(String incidentKey, String zone, List<EntryView> entries, MilestonesView milestones,
                               List<WarningView> warnings, MetricsView metrics, List<String> impactedTeams,
                               List<String> writableTeams, boolean editable) {

    public static TimelineResponse of(TimelineView view) {
        return new TimelineResponse(view.incidentKey(), view.viewerZone().getId(),
                view.timeline().items().stream()
                        .map(item -> EntryView.of(item, view.viewerZone(), view.canChange(item.entry())))
                        .toList(),
                MilestonesView.of(view.milestones(), view.viewerZone()),
                view.warnings().stream().map(WarningView::of).toList(),
                MetricsView.of(view.metrics()),
                view.impactedTeams(), view.writableTeams(), view.editable());
    }
}
