package io.postmortem.testkit.ao;

import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Jira's Active Objects plugin gives a plugin: {@code AO_} + the last six hex digits (upper case) of
 * the MD5 of the {@code <ao namespace>} attribute, or of the plugin key when there is none, + {@code _}.
 * Documented at https://developer.atlassian.com/display/DOCS/Table+names (example: key
 * {@code com.atlassian.example.ao.myplugin} gives {@code AO_28BE2D_MY_OBJECT}; checked by JiraTablePrefixTest).
 */
public final class JiraTablePrefix implements TablePrefix {

    /** Postmortem for Jira's key, which is also its {@code <ao namespace>}. */
    public static final String POSTMORTEM_PLUGIN_KEY = "io.postmortem.postmortem-for-jira";

    public static final JiraTablePrefix POSTMORTEM = forNamespace(POSTMORTEM_PLUGIN_KEY);

    private final String prefix;

    private JiraTablePrefix(String prefix) {
        this.prefix = prefix;
    }

    public static JiraTablePrefix forNamespace(String namespaceOrPluginKey) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(namespaceOrPluginKey.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
            return new JiraTablePrefix("AO_" + hex.substring(hex.length() - 6) + "_");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    /** E.g. {@code AO_441554_}. */
    public String value() {
        return prefix;
    }

    @Override
    public String prepend(String tableName) {
        return prefix + tableName;
    }

    /** Whether a table belongs to this plugin; Jira lets a plugin manage only its own tables. */
    public boolean owns(String tableName, boolean caseSensitive) {
        return caseSensitive
                ? tableName.startsWith(prefix)
                : tableName.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return prefix;
    }
}
