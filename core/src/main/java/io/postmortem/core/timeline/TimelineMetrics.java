package io.postmortem.core.timeline;

import java.time.Duration;

/**
 * Time to detect, mitigate and resolve, in whole minutes, all measured from impact start. Each metric is defined
 * once in docs/metrics.md and this class follows it: minutes are whole minutes elapsed (the duration truncated,
 * never rounded up), and a metric is null when either milestone is unknown or the end lies before impact start
 * (a contradiction {@link TimelineWarning} reports instead of a negative number).
 */
public record TimelineMetrics(Long timeToDetectMinutes, Long timeToMitigateMinutes, Long timeToResolveMinutes) {

    public static TimelineMetrics of(Milestones milestones) {
        Milestone start = milestones.impactStarted();
        return new TimelineMetrics(
                minutesBetween(start, milestones.detected()),
                minutesBetween(start, milestones.mitigated()),
                minutesBetween(start, milestones.resolved()));
    }

    static Long minutesBetween(Milestone start, Milestone end) {
        if (start == null || end == null || end.at().isBefore(start.at())) {
            return null;
        }
        return Duration.between(start.at(), end.at()).toMinutes();
    }
}
