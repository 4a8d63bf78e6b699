package io.postmortem.core.quality;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The latest checklist score of each postmortem, kept so dashboards count scores in one read instead of judging
 * every postmortem again. One row per postmortem: a later score replaces the earlier one.
 */
public interface QualityScores {

    record Recorded(String postmortemKey, int score, boolean meetsBar, Instant at) {
    }

    void record(String postmortemKey, int score, boolean meetsBar, Instant at);

    Optional<Recorded> of(String postmortemKey);

    /** Every recorded score by postmortem key. */
    Map<String, Recorded> all();
}
