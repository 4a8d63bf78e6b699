package io.postmortem.plugin.rest.timeline;

import io.postmortem.core.timeline.TimelineMetrics;

/** Whole minutes from impact start (docs/metrics.md); null when unknown. */
public record MetricsView(Long timeToDetectMinutes, Long timeToMitigateMinutes, Long timeToResolveMinutes) {

    static MetricsView of(TimelineMetrics metrics) {
        return new MetricsView(metrics.timeToDetectMinutes(), metrics.timeToMitigateMinutes(),
                metrics.timeToResolveMinutes());
    }
}
