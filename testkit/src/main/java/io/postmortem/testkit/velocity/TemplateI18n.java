package io.postmortem.testkit.velocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The {@code $i18n} of a template, like Jira's I18nHelper: {@code getText(key)} and {@code getText(key, args...)}
 * read the plugin's properties and format with {@link MessageFormat} (always, so {@code ''} is an apostrophe and
 * {@code {0}} a parameter, in every message). A single List or array argument is the parameter list, as in Jira.
 * Jira shows a missing key as the key itself; here it throws {@link MissingI18nKeyException} unless asked not to.
 */
public final class TemplateI18n {
    private final ResourceBundle bundle;
    private final String bundleName;
    private final Locale locale;
    private final boolean failOnMissingKey;

    public TemplateI18n(ResourceBundle bundle, String bundleName, Locale locale, boolean failOnMissingKey) {
        this.bundle = Objects.requireNonNull(bundle);
        this.bundleName = bundleName;
        this.locale = locale;
        this.failOnMissingKey = failOnMissingKey;
    }

    /** Reads a properties file (UTF-8, ISO-8859-1 fallback, like Java's resource bundles) from the class path. */
    public static TemplateI18n fromClasspath(ClassLoader loader, String resource, Locale locale, boolean failOnMissingKey) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no i18n properties at " + resource + " on the class path");
            }
            return new TemplateI18n(new PropertyResourceBundle(in), resource, locale, failOnMissingKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public String getText(String key) {
        return format(key, new Object[0]);
    }

    public String getText(String key, Object... arguments) {
        Object[] parameters = arguments == null ? new Object[0] : arguments;
        if (parameters.length == 1 && parameters[0] instanceof Collection<?> list) {
            parameters = list.toArray();
        } else if (parameters.length == 1 && parameters[0] instanceof Object[] array) {
            parameters = array;
        }
        return format(key, parameters);
    }

    public boolean isKeyDefined(String key) {
        return bundle.containsKey(key);
    }

    private String format(String key, Object[] parameters) {
        if (!bundle.containsKey(key)) {
            if (failOnMissingKey) {
                throw new MissingI18nKeyException(key, bundleName);
            }
            return key;
        }
        return new MessageFormat(bundle.getString(key), locale).format(parameters);
    }
}
