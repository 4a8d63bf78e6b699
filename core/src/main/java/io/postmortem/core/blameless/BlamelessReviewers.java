package io.postmortem.core.blameless;

import io.postmortem.core.config.ConfigurationStore;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reviewer for a language: the shipped rules with the administrator's additions from the configuration. The
 * configuration is read on every call (so every cluster node uses the current additions at once); compiled
 * reviewers are kept by the exact text of the additions, so reading costs no recompilation.
 */
public final class BlamelessReviewers {
    private static final int KEPT = 16;

    private final ConfigurationStore configurationStore;
    private final Map<String, BlamelessReviewer> compiled = new ConcurrentHashMap<>();

    public BlamelessReviewers(ConfigurationStore configurationStore) {
        this.configurationStore = configurationStore;
    }

    public BlamelessReviewer forLanguage(String language) {
        String extension = configurationStore.load().blameless().extensionFor(language);
        String key = language + "\u0000" + extension;
        BlamelessReviewer reviewer = compiled.get(key);
        if (reviewer == null) {
            if (compiled.size() >= KEPT) {
                compiled.clear();
            }
            Locale locale = Locale.forLanguageTag(language);
            reviewer = compiled.computeIfAbsent(key, k -> new BlamelessReviewer(
                    BlamelessRules.defaults(locale).merge(extension), BlamelessReviewer.messages(locale)));
        }
        return reviewer;
    }

    public BlamelessReviewer english() {
        return forLanguage("en");
    }
}
