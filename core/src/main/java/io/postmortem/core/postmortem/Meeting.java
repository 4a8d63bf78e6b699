package io.postmortem.core.postmortem;

import java.time.Instant;

/** The postmortem meeting: when, how long, and where (a room or a video link). */
public record Meeting(Instant start, int durationMinutes, String location, int sequence) {

    public Instant end() {
        return start.plusSeconds(durationMinutes * 60L);
    }
}
