package io.postmortem.core.accountability;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The action sets the dashboards count, by the name a JQL function takes as its second argument. The dashboards
 * build their queries from these same slices, so a linked JQL query lists exactly the counted tickets.
 */
public enum ActionFigure {
    ALL("all"),
    OPEN("open"),
    OVERDUE("overdue"),
    DUE_SOON("dueSoon"),
    CLOSED_LAST_30_DAYS("closedLast30Days"),
    CLOSED_LAST_90_DAYS("closedLast90Days"),
    CLOSED_ON_TIME_LAST_90_DAYS("closedOnTimeLast90Days");

    private final String argument;

    ActionFigure(String argument) {
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }

    public static Optional<ActionFigure> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.argument.equalsIgnoreCase(text == null ? "" : text.trim())).findFirst();
    }

    /** This figure's actions on {@code day} within {@code base}. */
    public ActionSlice on(ActionSlice base, LocalDate day) {
        return switch (this) {
            case ALL -> base;
            case OPEN -> base.openOn(day);
            case OVERDUE -> base.openOn(day).due(null, day);
            case DUE_SOON -> base.openOn(day).due(day, day.plusDays(AccountabilityService.DUE_SOON_DAYS + 1));
            case CLOSED_LAST_30_DAYS -> base.closed(day.minusDays(AccountabilityService.CLOSED_RECENTLY_DAYS), day);
            case CLOSED_LAST_90_DAYS -> base.closed(day.minusDays(AccountabilityService.CLOSING_WINDOW_DAYS), day);
            case CLOSED_ON_TIME_LAST_90_DAYS -> CLOSED_LAST_90_DAYS.on(base, day).onlyClosedByDueDate();
        };
    }
}
