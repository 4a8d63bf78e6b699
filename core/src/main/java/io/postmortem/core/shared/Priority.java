package io.postmortem.core.shared;

import java.util.Locale;
import java.util.Optional;

/** Priority of an action (Problem ticket), on Jira's default scale. */
public enum Priority {
    HIGHEST, HIGH, MEDIUM, LOW, LOWEST;

    public static Optional<Priority> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAPriority) {
            return Optional.empty();
        }
    }

    /** The name Jira's default priority scheme uses, e.g. "High". */
    public String jiraName() {
        String lower = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
