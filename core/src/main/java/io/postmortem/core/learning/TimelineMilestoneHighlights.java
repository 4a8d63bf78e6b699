package io.postmortem.core.learning;

import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.core.timeline.TimelineRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The timeline moments worth retelling in a published summary: impact, detection, escalation, mitigation and
 * resolution, oldest first, each with its team.
 */
public final class TimelineMilestoneHighlights implements TimelineHighlights {
    private static final Set<EntryKind> RETOLD = Set.of(EntryKind.IMPACT_STARTED, EntryKind.DETECTED,
            EntryKind.ESCALATED, EntryKind.MITIGATED, EntryKind.RESOLVED);

    private final TimelineRepository timeline;

    public TimelineMilestoneHighlights(TimelineRepository timeline) {
        this.timeline = timeline;
    }

    @Override
    public List<Highlight> highlightsOf(String incidentKey) {
        return timeline.entriesOf(incidentKey).stream()
                .filter(entry -> !entry.deleted() && RETOLD.contains(entry.kind()))
                .sorted(Comparator.comparing(TimelineEntry::at).thenComparingLong(TimelineEntry::id))
                .map(entry -> new Highlight(entry.at(), "[" + entry.team() + "] " + entry.text()))
                .toList();
    }
}
