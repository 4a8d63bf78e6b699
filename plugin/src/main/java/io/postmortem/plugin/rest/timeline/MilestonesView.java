package io.postmortem.plugin.rest.timeline;

import io.postmortem.core.timeline.Milestones;

import java.time.ZoneId;

/** The four milestones; each null when unknown. */
public record MilestonesView(MilestoneView impactStarted, MilestoneView detected, MilestoneView mitigated,
                             MilestoneView resolved) {

    static MilestonesView of(Milestones m, ZoneId zone) {
        return new MilestonesView(MilestoneView.of(m.impactStarted(), zone), MilestoneView.of(m.detected(), zone),
                MilestoneView.of(m.mitigated(), zone), MilestoneView.of(m.resolved(), zone));
    }
}
