package io.postmortem.core.timeline;

import java.util.Locale;
import java.util.Optional;

/**
 * What a timeline entry records. The first five are milestones of the incident; {@link Milestones} reads the
 * earliest entry of IMPACT_STARTED, DETECTED, MITIGATED and RESOLVED.
 */
public enum EntryKind {
    IMPACT_STARTED, DETECTED, ESCALATED, MITIGATED, RESOLVED, ACTION, OBSERVATION, COMMUNICATION, NOTE;

    /** The kind named by {@code text} (case and surrounding blanks ignored; "-" or " " may stand for "_"). */
    public static Optional<EntryKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (EntryKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
