package io.postmortem.plugin.rest.timeline;

import io.postmortem.core.timeline.EntryRevision;

import java.time.ZoneId;

/** One recorded change of an entry, with the content right after it. */
public record RevisionView(String change, String by, String changedAt, String at, String team, String kind,
                           String text, String evidence) {

    public static RevisionView of(EntryRevision r, ZoneId zone) {
        return new RevisionView(r.change().name(), r.by(), Times.format(r.changedAt(), zone),
                Times.format(r.at(), zone), r.team(), r.kind().name(), r.text(), r.evidence());
    }
}
