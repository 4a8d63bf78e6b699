package io.postmortem.core.learning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits text into lower-case words of letters and digits: the one tokeniser of the library and of recurrences. */
public final class Words {
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words that say nothing about a cause; left out when causes are compared. */
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "was", "were", "that", "this",
            "from", "into", "our", "not", "but", "had", "has", "have", "are", "its", "due", "when", "which", "after",
            "before", "during", "all", "any", "been", "being", "than", "then", "too", "very", "out", "off", "over",
            "under", "because", "of", "to", "in", "on", "by", "at", "an", "a", "is", "it", "as", "or", "be");

    private Words() {
    }

    /** Every word in order, repeats kept. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The distinct words of the texts, in first-seen order. */
    public static Set<String> distinct(List<String> texts) {
        Set<String> words = new LinkedHashSet<>();
        texts.forEach(text -> words.addAll(of(text)));
        return words;
    }

    /** Words that carry meaning, reduced to a crude stem so "timeouts" and "timeout" compare equal. */
    public static Set<String> meaningful(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : of(text)) {
            if (word.length() > 2 && !STOP_WORDS.contains(word)) {
                words.add(stem(word));
            }
        }
        return words;
    }

    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
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
