package io.postmortem.core.learning;

import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A library search: every word of {@code text} must start a word of the postmortem (case-insensitive), and every
 * filter given must hold. Null filters are not applied. {@code from} is inclusive, {@code until} exclusive.
 */
public record LibraryQuery(
        String text,
        String platform,
        String team,
        String component,
        Severity severity,
        String category,
        String tag,
        Instant from,
        Instant until,
        int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public static LibraryQuery text(String text) {
        return new LibraryQuery(text, null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    /** The query's words, each to be matched as a prefix. */
    public List<String> words() {
        return List.copyOf(Words.distinct(List.of(text == null ? "" : text)));
    }

    public boolean matches(LibraryEntry entry) {
        if (platform != null && !entry.platforms().contains(platform)) {
            return false;
        }
        if (team != null && !entry.teams().contains(team)) {
            return false;
        }
        if (component != null && !entry.hasComponent(component)) {
            return false;
        }
        if (severity != null && entry.severity() != severity) {
            return false;
        }
        if (category != null && !entry.categories().contains(category)) {
            return false;
        }
        if (tag != null && !entry.tags().contains(tag)) {
            return false;
        }
        if (from != null && entry.publishedAt().isBefore(from)) {
            return false;
        }
        if (until != null && !entry.publishedAt().isBefore(until)) {
            return false;
        }
        List<String> words = words();
        if (words.isEmpty()) {
            return true;
        }
        Set<String> all = entry.allWords();
        return words.stream().allMatch(word -> startsAny(all, word));
    }

    /**
     * Higher is better: each query word found at the start of a word in the title, summary or root causes scores 3,
     * elsewhere 1. Ties are broken by recency by the caller.
     */
    public int score(LibraryEntry entry) {
        Set<String> primary = entry.primaryWords();
        int score = 0;
        for (String word : words()) {
            score += startsAny(primary, word) ? 3 : 1;
        }
        return score;
    }

    static boolean startsAny(Set<String> words, String prefix) {
        if (words.contains(prefix)) {
            return true;
        }
        for (String word : words) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
