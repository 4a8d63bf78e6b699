package io.postmortem.plugin.rest;

import java.util.regex.Pattern;

/**
 * Keeps the names of our classes, the JDK's and our libraries' out of what the API tells its callers: such a name
 * helps nobody fix a request and tells an attacker about the code behind it. Applied to every error body in
 * {@link ApiExceptionMapper}, so it holds for every endpoint whichever exception produced the message.
 */
public final class JavaTypeNames {
    /** A qualified name such as {@code java.lang.NullPointerException} or {@code `io.postmortem.core.X$Y`}. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "`?\\b(?:java|javax|jakarta|jdk|sun|io\\.postmortem|com\\.fasterxml|com\\.atlassian|org\\.[a-z]+)"
                    + "(?:\\.[A-Za-z_$][\\w$]*)+`?");
    private static final Pattern JACKSON_TOKEN = Pattern.compile("\\(token `?JsonToken\\.[A-Z_]+`?\\)");

    private JavaTypeNames() {
    }

    public static String scrub(String message) {
        if (message == null) {
            return null;
        }
        String scrubbed = JACKSON_TOKEN.matcher(message).replaceAll("");
        scrubbed = QUALIFIED.matcher(scrubbed).replaceAll("value");
        return scrubbed.replaceAll("\\s{2,}", " ").trim();
    }

    /** Whether {@code text} names a Java type: what the tests assert never reaches a caller. */
    public static boolean namesAJavaType(String text) {
        return text != null && (QUALIFIED.matcher(text).find() || text.contains("Exception") || text.contains("JsonToken"));
    }
}
