package io.postmortem.core.action;

/** An earlier idea or action whose wording is like an idea's, with its similarity score (see {@link Similarity}). */
public record Suggestion(ItemRef ref, String postmortemKey, String summary, double score, int recurrence) {
}
