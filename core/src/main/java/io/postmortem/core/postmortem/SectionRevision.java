package io.postmortem.core.postmortem;

import java.time.Instant;

/** One kept edit of the document: who wrote what into which part, and when. */
public record SectionRevision(String postmortemKey, String part, String text, String author, Instant at) {
}
