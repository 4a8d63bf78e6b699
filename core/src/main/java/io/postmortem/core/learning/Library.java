package io.postmortem.core.learning;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;

import java.util.Comparator;
import java.util.List;

/**
 * Searching published postmortems. Results are ranked (matches in title, summary and root causes first, then the
 * most recently published) and hold only postmortems whose incident the viewer may browse.
 */
public final class Library {
    private final LearningIndex index;
    private final Permissions permissions;

    public Library(LearningIndex index, Permissions permissions) {
        this.index = index;
        this.permissions = permissions;
    }

    public record Hit(LibraryEntry entry, int score) {
    }

    public List<Hit> search(LibraryQuery query, Actor viewer) {
        int limit = Math.max(1, Math.min(query.limit(), LibraryQuery.MAX_LIMIT));
        return index.matching(query).stream()
                .filter(query::matches)
                .map(entry -> new Hit(entry, query.score(entry)))
                .sorted(Comparator.comparingInt(Hit::score).reversed()
                        .thenComparing(hit -> hit.entry().publishedAt(), Comparator.reverseOrder())
                        .thenComparing(hit -> hit.entry().postmortemKey()))
                .filter(hit -> visible(hit.entry(), viewer))
                .limit(limit)
                .toList();
    }

    boolean visible(LibraryEntry entry, Actor viewer) {
        return permissions.canBrowseIssue(viewer.username(), entry.incidentKey());
    }
}
