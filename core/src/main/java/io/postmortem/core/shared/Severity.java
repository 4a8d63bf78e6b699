package io.postmortem.core.shared;

import java.util.Locale;
import java.util.Optional;

/** Incident severity on the organisation's P1 (worst) to P5 scale, whatever field Jira keeps it in. */
public enum Severity {
    P1, P2, P3, P4, P5;

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notASeverity) {
            return Optional.empty();
        }
    }

    /** P1 and P2 are major incidents, run by Major Incident Management. */
    public boolean isMajor() {
        return this == P1 || this == P2;
    }
}
