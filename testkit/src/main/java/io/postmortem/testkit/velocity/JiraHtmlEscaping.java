package io.postmortem.testkit.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Jira's escaping rule for Velocity templates: every reference is HTML-escaped when it is written out, except a
 * reference whose name ends in {@code Html} ({@code $summaryHtml}, {@code $view.bodyHtml},
 * {@code $view.renderHtml($x)}). Jira also honours {@code @HtmlSafe} annotations; this product does not use them,
 * so a value can only be written raw through its name.
 */
public final class JiraHtmlEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || isHtmlSafe(reference)) {
            return value;
        }
        return escape(String.valueOf(value));
    }

    /** Whether the reference, as written in the template ({@code $!{a.b.cHtml()}}), names an HTML-safe value. */
    public static boolean isHtmlSafe(String reference) {
        return lastName(reference).endsWith("Html");
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The name of the last step of a reference: {@code $!{view.renderHtml($a.b)}} gives {@code renderHtml}. */
    static String lastName(String reference) {
        String body = reference.strip();
        if (body.startsWith("$")) {
            body = body.substring(1);
        }
        if (body.startsWith("!")) {
            body = body.substring(1);
        }
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1);
        }
        // Split on dots outside argument lists and index brackets; keep the last step.
        int depth = 0;
        int lastStep = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                lastStep = i + 1;
            }
        }
        String step = body.substring(lastStep);
        int end = 0;
        while (end < step.length() && (Character.isLetterOrDigit(step.charAt(end)) || step.charAt(end) == '_'
                || step.charAt(end) == '-')) {
            end++;
        }
        return step.substring(0, end);
    }
}
