package io.postmortem.core.blameless;

import java.util.List;
import java.util.Map;

/** One rule, compiled from its section in the rules text. */
record BlamelessRule(String id, Subject subject, Negation negation, int objectWindow, boolean spanSubject,
                     String messageKey, String suggestionKey, List<Phrase> phrases, List<Phrase> requireNext,
                     List<Phrase> exceptNext, List<Phrase> exceptPrevious) {

    enum Subject { ANY, NOT_SYSTEM, PERSON, INDIVIDUAL, NAMED }

    enum Negation { NONE, BEFORE, AROUND }

    static BlamelessRule of(String id, Map<String, List<String>> keys) {
        return new BlamelessRule(id,
                Subject.valueOf(BlamelessRules.single(keys, "subject", "any").replace('-', '_').toUpperCase()),
                Negation.valueOf(BlamelessRules.single(keys, "negation", "none").toUpperCase()),
                Integer.parseInt(BlamelessRules.single(keys, "object", "0")),
                BlamelessRules.single(keys, "span", "phrase").equals("subject"),
                BlamelessRules.single(keys, "message", "blameless." + id + ".message"),
                BlamelessRules.single(keys, "suggestion", "blameless." + id + ".suggestion"),
                phrases(keys, "phrase"), phrases(keys, "require-next"), phrases(keys, "except-next"),
                phrases(keys, "except-previous"));
    }

    private static List<Phrase> phrases(Map<String, List<String>> keys, String key) {
        return keys.getOrDefault(key, List.of()).stream().map(Phrase::of).toList();
    }
}
