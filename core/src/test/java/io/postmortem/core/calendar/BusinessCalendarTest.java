package io.postmortem.core.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {
    private final BusinessCalendar london = BusinessCalendar.standard();

    @Test
    void friday_plus_two_business_days_is_tuesday() {
        assertThat(london.addBusinessDays(LocalDate.of(2026, 11, 20), 2)).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void the_day_is_taken_in_the_organisations_time_zone() {
        // 23:30 UTC on Friday 3 July 2026 is already Saturday in London (BST).
        Instant lateFridayUtc = Instant.parse("2026-07-03T23:30:00Z");
        assertThat(london.dayOf(lateFridayUtc)).isEqualTo(LocalDate.of(2026, 7, 4));
        assertThat(london.addBusinessDays(lateFridayUtc, 1)).isEqualTo(LocalDate.of(2026, 7, 6));
    }

    @Test
    void holidays_are_skipped_and_zero_days_still_means_the_next_business_day() {
        BusinessCalendar withHolidays = new BusinessCalendar(ZoneId.of("Europe/London"),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));
        assertThat(withHolidays.addBusinessDays(LocalDate.of(2026, 12, 24), 2)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(withHolidays.addBusinessDays(LocalDate.of(2026, 12, 24), 0)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void business_days_between_counts_forward_and_backward() {
        assertThat(london.businessDaysBetween(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 27))).isEqualTo(3);
        assertThat(london.businessDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23))).isEqualTo(1);
        assertThat(london.businessDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 24))).isEqualTo(-3);
    }

    @Test
    void a_week_without_business_days_is_refused() {
        assertThatThrownBy(() -> new BusinessCalendar(ZoneId.of("UTC"), Set.of(DayOfWeek.values()), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
