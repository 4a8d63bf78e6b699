package io.postmortem.core.config;

import java.util.List;

/**
 * How postmortems are judged against the review checklist: which criteria must be met before publishing (none
 * until an administrator chooses), the score a postmortem must reach to "meet the bar" on the dashboards, and how
 * many business days after the meeting publishing still counts as on time.
 *
 * @param gatingCriteria ids of {@code io.postmortem.core.config.QualityCriterion}s that block publishing when unmet
 */
public record QualityPolicy(List<String> gatingCriteria, int bar, int publishWithinBusinessDays) {
    public static final int DEFAULT_BAR = 75;
    public static final int DEFAULT_PUBLISH_WITHIN = 5;

    public QualityPolicy {
        gatingCriteria = gatingCriteria == null ? List.of() : List.copyOf(gatingCriteria);
    }

    public static QualityPolicy defaults() {
        return new QualityPolicy(List.of(), DEFAULT_BAR, DEFAULT_PUBLISH_WITHIN);
    }
}
