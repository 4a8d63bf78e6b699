package io.postmortem.core.accountability;

import java.util.Map;

/**
 * Whether a platform's postmortems teach: how they score against the review checklist, and whether the impacted
 * engineers read them. Over P1–P3 postmortems published in the last 90 days; shares are 0..1 and null when there
 * was nothing to measure.
 *
 * @param readWithin14DaysShare of the engineers of the impacted teams of the postmortems published 14 to 90 days
 *                              ago, the share who marked them read within 14 days of publication
 * @param jql per figure, the JQL listing the postmortems it counts
 */
public record LearningReport(String platform, Double medianQualityScore, long scoredPostmortems,
                             Double qualityBarShare, long meetingBar, int bar, Double readWithin14DaysShare,
                             long impactedEngineers, long readWithin14Days, Map<String, String> jql) {
}
