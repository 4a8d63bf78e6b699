package io.postmortem.plugin.rest.timeline;

import io.postmortem.core.timeline.Timeline;
import io.postmortem.core.timeline.TimelineEntry;

import java.time.ZoneId;
import java.util.List;

/**
 * One timeline entry as the API shows it; {@code at} is ISO-8601 with the offset of the viewer's time zone.
 *
 * @param possibleDuplicateOf ids of other teams' entries of the same kind close in time
 * @param editable whether the viewer may edit or delete it now
 * @param version what an edit sends back, so an edit of a changed entry is refused (409) instead of overwriting
 */
public record EntryView(long id, String at, String team, String author, String kind, String text, String evidence,
                        String source, boolean possibleDuplicate, List<Long> possibleDuplicateOf, boolean editable,
                        String version) {

    public static EntryView of(Timeline.Item item, ZoneId zone, boolean editable) {
        TimelineEntry e = item.entry();
        return new EntryView(e.id(), Times.format(e.at(), zone), e.team(), e.author(), e.kind().name(), e.text(),
                e.evidence(), e.source().name(), item.possibleDuplicate(), item.possibleDuplicateOf(), editable,
                e.version());
    }
}
