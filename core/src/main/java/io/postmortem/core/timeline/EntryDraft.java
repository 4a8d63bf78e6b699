package io.postmortem.core.timeline;

/**
 * What someone submitted for an entry, as typed: nothing is checked yet. {@code at} is ISO-8601, either with an
 * offset (2026-11-20T14:05+01:00) or local (2026-11-20T14:05), which is read in the author's own time zone.
 */
public record EntryDraft(String at, String team, String kind, String text, String evidence) {
}
