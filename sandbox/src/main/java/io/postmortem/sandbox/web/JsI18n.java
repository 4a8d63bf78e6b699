package io.postmortem.sandbox.web;

import io.postmortem.testkit.velocity.TemplateI18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jira's {@code jsI18n} web-resource transformer does to the plugin's scripts, over the plugin's own i18n
 * properties: {@code AJS.I18n.getText('key')} (or {@code WRM.I18n.getText}) becomes the message as a string literal,
 * formatted like Jira's I18nHelper; {@code AJS.I18n.getText('key', a, b)} becomes {@code AJS.format("pattern", a, b)}
 * so the page fills the parameters in. A key the properties lack stays the key, as in Jira.
 */
final class JsI18n {
    static final String BUNDLE = "i18n/postmortem.properties";
    /** A getText call with a literal key, up to the key's closing quote and what follows it: ')' or ','. */
    static final Pattern CALL = Pattern.compile(
            "\\b(?:AJS|WRM)\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9_.\\-]+)\\1\\s*([),])");
    private static final JsI18n PLUGIN = load();

    private final ResourceBundle bundle;
    private final TemplateI18n messages;

    JsI18n(ResourceBundle bundle) {
        this.bundle = bundle;
        this.messages = new TemplateI18n(bundle, BUNDLE, Locale.ENGLISH, false);
    }

    static JsI18n plugin() {
        return PLUGIN;
    }

    String transform(String script) {
        Matcher call = CALL.matcher(script);
        StringBuilder out = new StringBuilder();
        while (call.find()) {
            String key = call.group(2);
            String replacement = call.group(3).equals(")")
                    ? literal(messages.getText(key))
                    : "AJS.format(" + literal(bundle.containsKey(key) ? bundle.getString(key) : key) + ",";
            call.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        call.appendTail(out);
        return out.toString();
    }

    /** A JavaScript string literal, safe inside a script element too. */
    static String literal(String text) {
        StringBuilder js = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> js.append("\\\"");
                case '\\' -> js.append("\\\\");
                case '\n' -> js.append("\\n");
                case '\r' -> js.append("\\r");
                case '<' -> js.append("\\u003c");
                case '>' -> js.append("\\u003e");
                case '&' -> js.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        js.append(String.format("\\u%04x", (int) c));
                    } else {
                        js.append(c);
                    }
                }
            }
        }
        return js.append('"').toString();
    }

    private static JsI18n load() {
        try (InputStream in = JsI18n.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is not on the sandbox's classpath");
            }
            return new JsI18n(new PropertyResourceBundle(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
