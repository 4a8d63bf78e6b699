package io.postmortem.core.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * The part of an entry its author writes and may later change, already validated by {@link EntryValidator}.
 *
 * @param evidence an http(s) link, or null
 */
public record EntryContent(Instant at, String team, EntryKind kind, String text, String evidence) {

    public EntryContent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
