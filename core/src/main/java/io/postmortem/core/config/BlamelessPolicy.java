package io.postmortem.core.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * An administrator's additions to the blameless review's shipped rules and word lists, per language (e.g. "en"),
 * in the rules file's own format (see {@code io/postmortem/core/blameless/rules_en.txt}): more phrases and words,
 * removals, options, or rules turned off.
 */
public record BlamelessPolicy(Map<String, String> ruleExtensions) {

    public BlamelessPolicy {
        ruleExtensions = ruleExtensions == null ? Map.of() : Map.copyOf(new TreeMap<>(ruleExtensions));
    }

    public static BlamelessPolicy defaults() {
        return new BlamelessPolicy(Map.of());
    }

    /** The extension for a language; empty when the administrator added nothing. */
    public String extensionFor(String language) {
        return ruleExtensions.getOrDefault(language, "");
    }
}
