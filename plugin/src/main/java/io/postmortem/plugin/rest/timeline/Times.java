package io.postmortem.plugin.rest.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as the API writes them: ISO-8601 with the offset of a zone, e.g. 2026-03-10T14:10:00+01:00. */
final class Times {

    private Times() {
    }

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
