package io.postmortem.core.action;

import java.util.Locale;
import java.util.Optional;

/** Points at an idea or an action, e.g. the earlier one a new idea is "the same as". */
public record ItemRef(Kind kind, long id) {

    public enum Kind {
        IDEA, ACTION;

        public static Optional<Kind> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
    }

    public static ItemRef idea(long id) {
        return new ItemRef(Kind.IDEA, id);
    }

    public static ItemRef action(long id) {
        return new ItemRef(Kind.ACTION, id);
    }
}
