package io.postmortem.core.blameless;

import java.time.Instant;
import java.util.Objects;

/**
 * An author's decision to keep a flagged passage, with the reason (e.g. "this is a direct quote from the
 * customer"). It names the rule and the passage as it was flagged, so it stays attached when text around it moves;
 * it only resolves findings when the reason is not blank.
 */
public record Acknowledgement(String rule, String quotedText, String reason, String by, Instant at) {

    public Acknowledgement {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement names the rule it answers");
        }
        if (quotedText == null || quotedText.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement quotes the passage it keeps");
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("an acknowledgement names who made it");
        }
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }

    public boolean hasReason() {
        return !reason.isBlank();
    }

    /** Whether this acknowledgement answers the finding: same rule, same passage (ignoring case and spacing). */
    public boolean covers(String findingRule, String findingQuote) {
        return rule.equals(findingRule) && normalise(quotedText).equals(normalise(findingQuote));
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
