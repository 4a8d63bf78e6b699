package io.postmortem.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisation's working days: a time zone, a weekend and holidays. Due dates count whole business days
 * after the day an event happened in that time zone, so a Friday-afternoon resolution with 2 days is due Tuesday.
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    public BusinessCalendar {
        // Sorted, not Set.copyOf: its order changes from one JVM to the next, and the configuration is exported,
        // stored and compared as text, which must be the same on every node and after every restart.
        weekend = Collections.unmodifiableSortedSet(new TreeSet<>(weekend));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        if (weekend.size() >= 7) {
            throw new IllegalArgumentException("a week needs at least one business day");
        }
    }

    public static BusinessCalendar standard() {
        return new BusinessCalendar(DEFAULT_ZONE, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
    }

    public boolean isBusinessDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The business day {@code days} business days after the day of {@code from}; at least the next business day. */
    public LocalDate addBusinessDays(Instant from, int days) {
        return addBusinessDays(dayOf(from), days);
    }

    public LocalDate addBusinessDays(LocalDate from, int days) {
        int remaining = Math.max(1, days);
        LocalDate day = from;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** Whole business days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }
}
