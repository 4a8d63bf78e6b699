package io.postmortem.core.blameless;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The user directory's names as the review recognises them in text: user names (any case, e.g. "dsmith"),
 * display names ("Dave Smith") and their first word ("Dave"). Display names must be written with a capital, so
 * that "we will fail over" does not name Will and "mark the ticket" does not name Mark.
 */
final class PeopleNames {
    private final Set<String> userNames = new HashSet<>();
    private final Set<String> firstNames = new HashSet<>();
    private final Map<String, List<String[]>> fullNamesByLastWord = new HashMap<>();

    PeopleNames(Set<String> names) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String[] words = Tokens.splitPhrase(name);
            if (words.length == 1) {
                if (name.strip().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    userNames.add(words[0]);
                } else {
                    firstNames.add(words[0]);
                }
            } else {
                firstNames.add(words[0]);
                fullNamesByLastWord.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(words);
            }
        }
    }

    /**
     * Where a person's name that ends at token j starts, or -1. {@code systemWords} wins over user names ("the
     * build" is not the user "build"), and a name right after a determiner is a word ("the May release").
     */
    int nameEndingAt(List<Token> tokens, int j, Set<String> systemWords, Set<String> determiners) {
        Token t = tokens.get(j);
        if (!t.word()) {
            return -1;
        }
        if (t.norm().startsWith("@") || t.norm().startsWith("~")) {
            return j;
        }
        String base = t.base();
        int start = -1;
        if (userNames.contains(base) && !systemWords.contains(base)) {
            start = j;
        } else if (t.capitalised()) {
            for (String[] full : fullNamesByLastWord.getOrDefault(base, List.of())) {
                int first = j - full.length + 1;
                if (first >= 0 && matchesAll(tokens, first, full)) {
                    start = first;
                    break;
                }
            }
            if (start < 0 && firstNames.contains(base)) {
                start = j;
            }
        }
        if (start > 0 && tokens.get(start - 1).word() && determiners.contains(tokens.get(start - 1).norm())) {
            return -1;
        }
        return start;
    }

    private static boolean matchesAll(List<Token> tokens, int first, String[] words) {
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.get(first + k);
            String norm = k == words.length - 1 ? t.base() : t.norm();
            if (!t.capitalised() || !norm.equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
