package io.postmortem.plugin.rest.learning;

import io.postmortem.core.learning.Library;
import io.postmortem.core.learning.LibraryEntry;
import io.postmortem.core.postmortem.RootCause;

import java.time.Instant;
import java.util.List;

/** One library result: what the list shows, and the issue path ({@code /browse/<key>}) to open it. */
public record LibraryHitView(String postmortemKey, String incidentKey, String title, String severity,
                             List<String> platforms, List<String> teams, List<String> components,
                             List<String> categories, List<String> tags, List<RootCause> rootCauses, String summary,
                             Instant publishedAt, String path, int score) {
    static final int EXCERPT = 300;

    public static LibraryHitView of(Library.Hit hit) {
        LibraryEntry e = hit.entry();
        String summary = e.summary().strip();
        return new LibraryHitView(e.postmortemKey(), e.incidentKey(), e.title(), e.severity().name(), e.platforms(),
                e.teams(), e.components(), e.categories(), e.tags(), e.rootCauses(),
                summary.length() > EXCERPT ? summary.substring(0, EXCERPT) + "…" : summary, e.publishedAt(),
                "/browse/" + e.postmortemKey(), hit.score());
    }
}
