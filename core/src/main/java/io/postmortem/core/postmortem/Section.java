package io.postmortem.core.postmortem;

import java.util.Locale;
import java.util.Optional;

/** The sections of the document, after Google's SRE postmortem template. */
public enum Section {
    SUMMARY,
    IMPACT,
    ROOT_CAUSES,
    TRIGGER,
    DETECTION,
    RESOLUTION,
    WENT_WELL,
    WENT_WRONG,
    GOT_LUCKY,
    SUPPORTING_LINKS;

    /** Each section holds at most this many characters; long enough for any real write-up. */
    public static final int MAX_LENGTH = 20_000;

    public static Optional<Section> parse(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /** The i18n key of the section's heading. */
    public String labelKey() {
        return "postmortem.section." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
