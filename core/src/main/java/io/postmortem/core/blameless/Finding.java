package io.postmortem.core.blameless;

/**
 * One passage of a text that the blameless review flags: the characters [start, end) of the reviewed text, the
 * rule that found it, why it harms learning and what to write or ask instead (both as i18n key and resolved text).
 */
public record Finding(int start, int end, String rule, String messageKey, String message, String suggestionKey,
                      String suggestion) {

    public Finding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a finding covers at least one character: [" + start + ", " + end + ")");
        }
    }

    /** The flagged passage, cut from the text that was reviewed. */
    public String quote(String reviewedText) {
        return reviewedText.substring(start, end);
    }
}
