package io.postmortem.plugin.rest.learning;

import io.postmortem.core.postmortem.UpcomingMeeting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An upcoming postmortem meeting as the API and the list show it; {@code localStart} is the start in the viewer's
 * own time zone ({@code zone}).
 */
public record UpcomingMeetingView(String postmortemKey, String incidentKey, String incidentSummary, String severity,
                                  Instant start, Instant end, int durationMinutes, String localStart, String zone,
                                  String location, List<String> teams, boolean invited) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    public static UpcomingMeetingView of(UpcomingMeeting meeting) {
        return new UpcomingMeetingView(meeting.postmortemKey(), meeting.incidentKey(), meeting.incidentSummary(),
                meeting.severity().name(), meeting.start(), meeting.end(), meeting.durationMinutes(),
                LOCAL.format(meeting.start().atZone(meeting.zone())), meeting.zone().getId(), meeting.location(),
                meeting.teams(), meeting.invited());
    }
}
