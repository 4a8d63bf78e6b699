package io.postmortem.core.action;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike two ideas are worded, to suggest that a new idea repeats an earlier one. Texts are normalised
 * (lower case, accents removed, split on anything that is not a letter or digit), stop words and one-letter tokens
 * dropped, and a plural "s" trimmed; the score is the Jaccard index of the two token sets, |A ∩ B| / |A ∪ B|.
 * {@link #THRESHOLD} 0.3 was chosen so that "Add alerting on checkout error rate" matches "Alert when the checkout
 * error rate rises" (4 of 6 tokens shared, 0.67) while two texts sharing only a service name do not.
 */
public final class Similarity {
    /** Suggestions score at least this much. */
    public static final double THRESHOLD = 0.3;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "else", "when", "while", "of", "on", "in", "into",
            "to", "for", "from", "by", "with", "without", "at", "as", "is", "are", "was", "were", "be", "been",
            "being", "it", "its", "this", "that", "these", "those", "we", "our", "us", "they", "their", "them", "you",
            "your", "should", "shall", "will", "would", "can", "could", "must", "may", "might", "do", "does", "did",
            "not", "no", "so", "such", "all", "any", "some", "more", "most", "other", "than", "too", "very", "there",
            "here", "about", "after", "before", "again", "up", "down", "out", "over", "under", "also", "has", "have",
            "had", "make", "sure", "ensure", "new");

    private Similarity() {
    }

    public static Set<String> tokens(String text) {
        Set<String> tokens = new HashSet<>();
        if (text == null) {
            return tokens;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        for (String word : plain.split("[^\\p{L}\\p{Nd}]+")) {
            if (word.length() < 2 || STOP_WORDS.contains(word)) {
                continue;
            }
            tokens.add(stem(word));
        }
        return tokens;
    }

    /**
     * Words a text scoring at least {@link #THRESHOLD} against {@code text} must contain one of, in the forms a
     * store compares literally: so a store can narrow its candidates with {@code LIKE} before they are scored.
     * <p>
     * With n tokens in {@code text}, a match shares at least k = ceil(THRESHOLD * n) of them (the union has at least
     * n); so any n - k + 1 of them (the longest, the most selective) include one of every match's shared tokens. A
     * token is a prefix of the word it came from (stemming only cuts endings), so it is looked for as a part of a
     * word: in lower case, capitalised and upper case (PostgreSQL and Oracle compare case), and also with the
     * accents {@code text} wrote it with. Only a match written with accents that {@code text} wrote without, or in
     * an odd mixed case, is missed on such databases. Empty when {@code text} has no tokens (nothing can match).
     */
    public static Set<String> searchWords(String text) {
        Map<String, String> accented = new HashMap<>();
        Set<String> tokens = new HashSet<>();
        if (text != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String word : lower.split("[^\\p{L}\\p{Nd}\\p{M}]+")) {
                String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                if (plain.length() < 2 || STOP_WORDS.contains(plain)) {
                    continue;
                }
                String token = stem(plain);
                tokens.add(token);
                String composed = Normalizer.normalize(word, Normalizer.Form.NFC);
                if (!composed.equals(plain) && composed.length() == plain.length()) {
                    accented.put(token, composed.substring(0, composed.length() - (plain.length() - token.length())));
                }
            }
        }
        int n = tokens.size();
        int mustShare = (int) Math.ceil(THRESHOLD * n - 1e-9);
        List<String> selective = tokens.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(0, n - mustShare + 1))
                .toList();
        Set<String> words = new LinkedHashSet<>();
        for (String token : selective) {
            for (String form : accented.containsKey(token) ? List.of(token, accented.get(token)) : List.of(token)) {
                words.add(form);
                words.add(Character.toUpperCase(form.charAt(0)) + form.substring(1));
                words.add(form.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** Jaccard index of the normalised token sets; 0 when either text has no tokens. */
    public static double score(String a, String b) {
        Set<String> left = tokens(a);
        Set<String> right = tokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / union.size();
    }

    /** Just enough stemming for plurals and the common verb forms ("alerts", "alerting", "alerted" -> "alert"). */
    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
