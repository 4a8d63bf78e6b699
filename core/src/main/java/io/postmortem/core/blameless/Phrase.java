package io.postmortem.core.blameless;

import java.util.List;

/**
 * A sequence of word patterns: a literal word, {@code *} (any word), {@code *end} (a word ending so) or
 * {@code start*} (a word starting so). Punctuation such as ":" can be a part of its own.
 */
record Phrase(String text, List<String> parts) {

    static Phrase of(String text) {
        return new Phrase(text, List.of(Tokens.splitPhrase(text)));
    }

    String first() {
        return parts.get(0);
    }

    boolean startsWithWildcard() {
        return isWildcard(first());
    }

    /** The index after the match when the phrase matches the tokens from index i, else -1. */
    int matchAt(List<Token> tokens, int i) {
        if (i < 0 || i + parts.size() > tokens.size()) {
            return -1;
        }
        for (int p = 0; p < parts.size(); p++) {
            if (!matches(parts.get(p), tokens.get(i + p))) {
                return -1;
            }
        }
        return i + parts.size();
    }

    /** Whether the phrase ends right before index end. */
    boolean endsBefore(List<Token> tokens, int end) {
        return matchAt(tokens, end - parts.size()) == end;
    }

    static boolean isWildcard(String part) {
        return part.startsWith("*") || (part.length() > 1 && part.endsWith("*"));
    }

    static boolean matches(String part, Token token) {
        String word = token.norm();
        if (part.equals("*")) {
            return token.word();
        }
        if (part.startsWith("*")) {
            return token.word() && word.length() > part.length() - 1 && word.endsWith(part.substring(1));
        }
        if (part.length() > 1 && part.endsWith("*")) {
            return token.word() && word.length() > part.length() - 1
                    && word.startsWith(part.substring(0, part.length() - 1));
        }
        return word.equals(part);
    }
}
