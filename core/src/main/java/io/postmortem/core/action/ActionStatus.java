package io.postmortem.core.action;

import java.util.Locale;
import java.util.Optional;

/** Where an action stands, as its Problem ticket says. DONE and DECLINED are closed. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, DECLINED;

    public boolean isClosed() {
        return this == DONE || this == DECLINED;
    }

    public static Optional<ActionStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAStatus) {
            return Optional.empty();
        }
    }
}
