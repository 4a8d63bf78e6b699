package io.postmortem.plugin.persistence;

/**
 * The one way persistence code writes {@code LIKE}: the clause names its escape character, and values are escaped
 * here, so a component {@code api_gateway} or a tag {@code 100%} matches itself on every database Jira runs on.
 * <p>
 * The escape character is {@value #ESCAPE}, named in every clause: no database's default is relied on (Oracle and
 * SQL Server have none; MySQL's backslash is off under {@code NO_BACKSLASH_ESCAPES}, and {@code '\'} is an
 * unterminated literal on MySQL otherwise). {@code %}, {@code _} and the escape character itself are escaped. SQL
 * Server also reads {@code [} as the start of a character class, but Oracle refuses an escape character before
 * anything other than {@code %}, {@code _} or itself; so {@code [} becomes the one-character wildcard {@code _}
 * everywhere. A pattern with a {@code [} may then match a little more than the value: every caller checks what it
 * found again in Java.
 */
public final class Like {
    public static final char ESCAPE = '!';

    private Like() {
    }

    /** {@code COLUMN LIKE ? ESCAPE '!'}: one parameter, a pattern built by this class. */
    public static String clause(String column) {
        return column + " LIKE ? ESCAPE '" + ESCAPE + "'";
    }

    /** {@code text} to be matched literally inside a pattern. */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                out.append(ESCAPE).append(c);
            } else if (c == '[') {
                out.append('_');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Values starting with {@code prefix}. */
    public static String startingWith(String prefix) {
        return literal(prefix) + "%";
    }

    /** Values containing {@code part}. */
    public static String containing(String part) {
        return "%" + literal(part) + "%";
    }
}
