package io.postmortem.core.accountability;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** The postmortem sets the dashboards count, by the name the {@code postmortemsOf} JQL function takes. */
public enum PostmortemFigure {
    /** Every postmortem (any severity). */
    ALL("all"),
    OVERDUE("overdue"),
    /** P1–P3 postmortems: the denominator of the published share. */
    MAJOR("major"),
    PUBLISHED("published"),
    /** P1–P3 postmortems whose meeting was held or is late: the denominator of the held-on-time share. */
    DUE("due"),
    HELD_ON_TIME("heldOnTime");

    private final String argument;

    PostmortemFigure(String argument) {
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }

    public static Optional<PostmortemFigure> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.argument.equalsIgnoreCase(text == null ? "" : text.trim())).findFirst();
    }

    public boolean matches(PostmortemFact fact, LocalDate day, ZoneId zone) {
        boolean major = PostmortemRules.isMajor(fact) && PostmortemRules.existsOn(fact, day, zone);
        return switch (this) {
            case ALL -> PostmortemRules.existsOn(fact, day, zone);
            case OVERDUE -> PostmortemRules.overdueOn(fact, day, zone);
            case MAJOR -> major;
            case PUBLISHED -> major && PostmortemRules.publishedBy(fact, day, zone);
            case DUE -> major && PostmortemRules.dueOrHeldBy(fact, day, zone);
            case HELD_ON_TIME -> major && PostmortemRules.dueOrHeldBy(fact, day, zone)
                    && PostmortemRules.heldOnTimeBy(fact, day, zone);
        };
    }
}
