package io.postmortem.core.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an incident's timeline.
 *
 * @param id assigned by the repository, increasing in creation order (0 before it is stored)
 * @param author user name of who wrote it; for imported entries, who did the thing in the ticket
 * @param importId the {@link io.postmortem.core.incident.IncidentEvent} id it was imported from, or null
 * @param createdAt when it was first stored
 * @param deleted soft-deleted: hidden from the timeline, its history kept
 */
public record TimelineEntry(
        long id,
        String incidentKey,
        Instant at,
        String team,
        String author,
        EntryKind kind,
        String text,
        String evidence,
        EntrySource source,
        String importId,
        Instant createdAt,
        boolean deleted) {

    public TimelineEntry {
        Objects.requireNonNull(incidentKey, "incidentKey");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new entry a person wrote, not yet stored. */
    public static TimelineEntry written(String incidentKey, EntryContent content, String author, Instant now) {
        return new TimelineEntry(0, incidentKey, content.at(), content.team(), author, content.kind(), content.text(),
                content.evidence(), EntrySource.PERSON, null, now, false);
    }

    public EntryContent content() {
        return new EntryContent(at, team, kind, text, evidence);
    }

    public TimelineEntry withId(long newId) {
        return new TimelineEntry(newId, incidentKey, at, team, author, kind, text, evidence, source, importId,
                createdAt, deleted);
    }

    public TimelineEntry withContent(EntryContent c) {
        return new TimelineEntry(id, incidentKey, c.at(), c.team(), author, c.kind(), c.text(), c.evidence(), source,
                importId, createdAt, deleted);
    }

    /**
     * The entry's version as clients see it: a fingerprint of everything an edit can change. An edit names the
     * version it was made on, and a different current version means someone changed the entry since (a 409), so
     * the last writer never silently overwrites another's change. Derived from the content, so no column and no
     * extra query are needed, and every node computes the same value.
     */
    public String version() {
        String state = at + "\u0000" + team + "\u0000" + kind + "\u0000" + text + "\u0000" + evidence + "\u0000" + deleted;
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public TimelineEntry asDeleted() {
        return new TimelineEntry(id, incidentKey, at, team, author, kind, text, evidence, source, importId,
                createdAt, true);
    }

    public boolean isImported() {
        return importId != null;
    }
}
