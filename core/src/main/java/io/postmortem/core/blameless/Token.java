package io.postmortem.core.blameless;

/**
 * A word or punctuation mark of the reviewed text: its characters [start, end), its lower-case form with curly
 * apostrophes made straight, and whether it lies in a quotation or in code/a URL (then it is never flagged).
 */
record Token(int start, int end, String text, String norm, boolean word, boolean quoted, boolean code) {

    boolean masked() {
        return quoted || code;
    }

    /** A sentence ends here: . ! ? or a line break. */
    boolean sentenceBreak() {
        return !word && (norm.equals(".") || norm.equals("!") || norm.equals("?") || norm.equals("\n"));
    }

    boolean capitalised() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    /** The word without a possessive ending: "dave's" is "dave". */
    String base() {
        return norm.endsWith("'s") && norm.length() > 2 ? norm.substring(0, norm.length() - 2) : norm;
    }
}
