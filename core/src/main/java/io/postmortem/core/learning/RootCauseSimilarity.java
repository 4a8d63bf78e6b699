package io.postmortem.core.learning;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether two root causes describe the same thing, by normalised word overlap: both descriptions are reduced to
 * their meaningful words ({@link Words#meaningful}: lower case, no stop words or words under 3 letters, crude
 * stems), and the overlap is |shared| / |smaller set| (the overlap coefficient). Two causes are similar when the
 * overlap is at least {@value #THRESHOLD} and they share at least {@value #MIN_SHARED} words, so "Retry storm
 * exhausted the connection pool" and "connection pool exhausted by retries" match, while two causes sharing only
 * "database" do not.
 */
public final class RootCauseSimilarity {
    public static final double THRESHOLD = 0.6;
    public static final int MIN_SHARED = 2;

    private RootCauseSimilarity() {
    }

    public static double overlap(String a, String b) {
        Set<String> left = Words.meaningful(a);
        Set<String> right = Words.meaningful(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / Math.min(left.size(), right.size());
    }

    public static boolean similar(String a, String b) {
        Set<String> shared = new HashSet<>(Words.meaningful(a));
        shared.retainAll(Words.meaningful(b));
        return shared.size() >= MIN_SHARED && overlap(a, b) >= THRESHOLD;
    }
}
