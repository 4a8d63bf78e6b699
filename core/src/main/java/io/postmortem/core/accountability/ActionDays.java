package io.postmortem.core.accountability;

import io.postmortem.core.action.Action;

import java.time.ZoneId;

/**
 * An action as the dashboards judge it: its group and its days, as epoch days of the organisation's calendar zone
 * (the same days {@link ActionSlice} compares).
 *
 * @param closed the day it was closed, or {@link #OPEN} while it is open
 */
public record ActionDays(String platform, String team, long created, long closed, long due) {
    /** The closed day of an open action: later than every day, so "closed after d" holds for it. */
    public static final long OPEN = Long.MAX_VALUE;

    /** The action's days in {@code zone}, the way a store keeps them. */
    public static ActionDays of(Action action, ZoneId zone) {
        return new ActionDays(action.platform(), action.team(),
                action.createdAt().atZone(zone).toLocalDate().toEpochDay(),
                action.closedAt() == null ? OPEN : action.closedAt().atZone(zone).toLocalDate().toEpochDay(),
                action.dueDate().toEpochDay());
    }

    /** Open now, or closed after {@code day}: what {@link ActionStatistics#eachActive} gives. */
    public boolean activeAfter(long day) {
        return closed > day;
    }

    /** Open at the end of {@code day}: created on or before it, not closed on or before it. */
    public boolean openOn(long day) {
        return created <= day && closed > day;
    }

    /** Closed in the {@code days} days that end with {@code day}. */
    public boolean closedWithin(long day, int days) {
        return closedBetween(day - days + 1, day);
    }

    /** Closed on a day from {@code first} to {@code last}, both included. */
    public boolean closedBetween(long first, long last) {
        return closed != OPEN && closed >= first && closed <= last;
    }

    public long daysToClose() {
        return closed - created;
    }

    public boolean closedByDueDate() {
        return closed != OPEN && closed <= due;
    }
}
