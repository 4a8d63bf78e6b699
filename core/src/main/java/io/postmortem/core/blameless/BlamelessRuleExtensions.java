package io.postmortem.core.blameless;

import io.postmortem.core.config.RuleExtensions;

import java.util.Locale;

/** An extension reads as rules when it merges into the language's default rules. */
public final class BlamelessRuleExtensions implements RuleExtensions {

    @Override
    public void check(Locale language, String extension) {
        BlamelessRules.defaults(language).merge(extension);
    }
}
