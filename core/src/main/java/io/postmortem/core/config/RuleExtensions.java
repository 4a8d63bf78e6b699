package io.postmortem.core.config;

import io.postmortem.core.shared.ValidationException;

import java.util.Locale;

/**
 * Reads a language's additions to the blameless review's rules, so the configuration refuses an extension that does
 * not read as rules. The blameless review implements it: the configuration knows the rules' text, not their grammar.
 */
public interface RuleExtensions {

    /** Throws, naming the line, when the extension does not read as rules for that language. */
    void check(Locale language, String extension) throws ValidationException;
}
