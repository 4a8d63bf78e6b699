package io.postmortem.core.learning;

import java.time.Instant;
import java.util.List;

/** The moments of an incident worth retelling (detection, escalation, mitigation...), oldest first. */
public interface TimelineHighlights {

    List<Highlight> highlightsOf(String incidentKey);

    record Highlight(Instant at, String text) {
    }

    /** Until the timeline is wired in: no highlights, and the summary says so. */
    static TimelineHighlights none() {
        return incidentKey -> List.of();
    }
}
