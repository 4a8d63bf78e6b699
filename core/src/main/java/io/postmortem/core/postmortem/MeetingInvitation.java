package io.postmortem.core.postmortem;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The iCalendar (RFC 5545) request that puts the postmortem meeting in everyone's calendar. */
public final class MeetingInvitation {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MeetingInvitation() {
    }

    public static String ics(Postmortem postmortem, String summary, String description, Instant stamp) {
        Meeting meeting = postmortem.meeting();
        return String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Postmortem for Jira//EN",
                "METHOD:REQUEST",
                "BEGIN:VEVENT",
                "UID:" + postmortem.key() + "-meeting@postmortem-for-jira",
                "SEQUENCE:" + meeting.sequence(),
                "DTSTAMP:" + UTC.format(stamp),
                "DTSTART:" + UTC.format(meeting.start()),
                "DTEND:" + UTC.format(meeting.end()),
                "SUMMARY:" + escape(summary),
                "LOCATION:" + escape(meeting.location()),
                "DESCRIPTION:" + escape(description),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
