package io.postmortem.core.action;

import java.util.Locale;
import java.util.Optional;

/** What an action does about the incident, so the organisation can see whether it only mitigates or also prevents. */
public enum ActionType {
    INVESTIGATE, MITIGATE, REPAIR, DETECT, PREVENT, PROCESS;

    public static Optional<ActionType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAType) {
            return Optional.empty();
        }
    }
}
