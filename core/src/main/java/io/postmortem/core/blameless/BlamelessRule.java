package io.postmortem.core.blameless;

import java.util.List;
import java.util.Map;

/** One rule, compiled from its section in the rules text. */
record BlamelessRule(String id, Subject subject, Negation negation, int objectWindow, boolean spanSubject,
                     String messageKey, String suggestionKey, List<Phrase> phrases, List<Phrase> requireNext,
                     List<Phrase> exceptNext, List<Phrase> exceptPrevious, Target target, boolean inCondition,
                     boolean actorInClause, List<Phrase> requireBefore, List<Phrase> requireLater,
                     List<Phrase> exceptEarlier, List<Phrase> exceptLater) {

    /**
     * ACTOR: a person or group (name, role word, group word) or a capitalised word that is not a system word, i.e. a
     * probable name of someone outside the user directory ("Gabi", "QA", "Platform Ops").
     */
    enum Subject { ANY, NOT_SYSTEM, PERSON, INDIVIDUAL, NAMED, ACTOR }

    /** What a trait word (an adjective) must describe to count: anything, or a person or a person's work. */
    enum Target { ANY, PERSON }

    /** REQUIRED: the phrase blames only when the clause says nobody did it ("no one took the time to"). */
    enum Negation { NONE, BEFORE, AROUND, REQUIRED }

    static BlamelessRule of(String id, Map<String, List<String>> keys) {
        return new BlamelessRule(id,
                Subject.valueOf(BlamelessRules.single(keys, "subject", "any").replace('-', '_').toUpperCase()),
                Negation.valueOf(BlamelessRules.single(keys, "negation", "none").toUpperCase()),
                Integer.parseInt(BlamelessRules.single(keys, "object", "0")),
                BlamelessRules.single(keys, "span", "phrase").equals("subject"),
                BlamelessRules.single(keys, "message", "blameless." + id + ".message"),
                BlamelessRules.single(keys, "suggestion", "blameless." + id + ".suggestion"),
                phrases(keys, "phrase"), phrases(keys, "require-next"), phrases(keys, "except-next"),
                phrases(keys, "except-previous"),
                Target.valueOf(BlamelessRules.single(keys, "target", "any").toUpperCase()),
                BlamelessRules.single(keys, "clause", "any").equals("if"),
                BlamelessRules.single(keys, "actor", "any").equals("in-clause"),
                phrases(keys, "require-before"), phrases(keys, "require-later"), phrases(keys, "except-earlier"),
                phrases(keys, "except-later"));
    }

    private static List<Phrase> phrases(Map<String, List<String>> keys, String key) {
        return keys.getOrDefault(key, List.of()).stream().map(Phrase::of).toList();
    }
}
