package io.postmortem.core.blameless;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a text into tokens and marks the ones in quotations, code spans and URLs. */
final class Tokens {
    private static final byte QUOTE = 1;
    private static final byte CODE = 2;

    // Jira wiki markup and Markdown code, then URLs: nothing inside is prose.
    private static final Pattern CODE_SPANS = Pattern.compile(
            "```.*?```|`[^`\\n]+`|\\{\\{.*?}}|\\{code(?::[^}]*)?}.*?\\{code}|\\{noformat}.*?\\{noformat}"
                    + "|https?://\\S+|www\\.\\S+",
            Pattern.DOTALL);
    // Quotations: double quotes, curly quotes, single quotes that open after a non-letter and close before one
    // (so apostrophes in "Dave's" or "didn't" are not quotes), {quote} blocks and quoted lines ("> ", "bq. ").
    private static final Pattern QUOTES = Pattern.compile(
            "\"[^\"\\n]{1,500}\"|\u201C[^\u201D\\n]{1,500}\u201D"
                    + "|\u2018(?:[^\u2019\\n]|\u2019(?=\\p{L})){1,500}\u2019"
                    + "|(?<![\\p{L}\\p{N}])'(?:[^'\\n]|'(?=\\p{L})){1,500}'(?![\\p{L}\\p{N}])"
                    + "|\\{quote}.*?\\{quote}|(?m)^[ \\t]*(?:>|bq\\.)[^\\n]*",
            Pattern.DOTALL);

    private Tokens() {
    }

    static List<Token> tokenize(String text) {
        byte[] mask = new byte[text.length()];
        markAll(CODE_SPANS.matcher(text), mask, CODE);
        markAll(QUOTES.matcher(text), mask, QUOTE);
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (startsWord(text, i)) {
                int j = i + 1;
                while (j < n && continuesWord(text, j)) {
                    j++;
                }
                tokens.add(token(text, i, j, true, mask));
                i = j;
            } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '('
                    || c == ')' || c == '\n' || c == '\u2013' || c == '\u2014'
                    || (c == '-' && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))))) {
                tokens.add(token(text, i, i + 1, false, mask));
                i++;
            } else {
                i++;
            }
        }
        return tokens;
    }

    static String[] splitPhrase(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+");
    }

    private static boolean startsWord(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '_') {
            return true;
        }
        // @mentions and Jira's [~username] mentions
        return (c == '@' || c == '~') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean continuesWord(String text, int j) {
        char c = text.charAt(j);
        if (Character.isLetterOrDigit(c) || c == '_') {
            return true;
        }
        boolean nextIsWord = j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1));
        if (c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '/') {
            return nextIsWord;
        }
        // times such as 10:02
        return c == ':' && nextIsWord && Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1));
    }

    private static Token token(String text, int start, int end, boolean word, byte[] mask) {
        boolean quoted = false;
        boolean code = false;
        for (int k = start; k < end; k++) {
            quoted |= mask[k] == QUOTE;
            code |= mask[k] == CODE;
        }
        String raw = text.substring(start, end);
        String norm = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return new Token(start, end, raw, norm, word, quoted, code);
    }

    private static void markAll(Matcher m, byte[] mask, byte kind) {
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                if (mask[k] == 0) {
                    mask[k] = kind;
                }
            }
        }
    }
}
