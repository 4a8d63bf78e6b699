package io.postmortem.core.testing.contract;

import io.postmortem.core.postmortem.MeetingGuests;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link MeetingGuests} store promises, the database's and the in-memory one alike: a test class
 * implements this with a fresh, empty store per test, so the fake cannot drift from the SQL.
 */
public interface MeetingGuestsContract {
    Instant JOINED_AT = Instant.parse("2026-11-25T09:00:00Z");

    /** A store that holds no guest yet. */
    MeetingGuests guests();

    @Test
    default void guests_in_the_order_they_joined() {
        MeetingGuests guests = guests();
        assertThat(guests.add("PM-1", "dev-search", JOINED_AT)).isTrue();
        assertThat(guests.add("PM-1", "sre", JOINED_AT.plusSeconds(5))).isTrue();
        assertThat(guests.add("PM-1", "dev-search", JOINED_AT.plusSeconds(9))).isFalse();
        assertThat(guests.of("PM-1")).containsExactly("dev-search", "sre");
        assertThat(guests.of("PM-2")).isEmpty();
    }
}
