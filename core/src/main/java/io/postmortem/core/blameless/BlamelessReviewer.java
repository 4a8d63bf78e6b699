package io.postmortem.core.blameless;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Reviews postmortem text for wording that blames people or judges with hindsight, and says why each passage
 * harms learning and what to write or ask instead. Built once from {@link BlamelessRules}; immutable and safe to
 * share between threads.
 *
 * <p>It never flags text in quotations, code spans ({@code `...`}, {@code {{...}}}, {code} blocks) or URLs;
 * negated statements ("this was not a human error") and, where a rule asks for it, system subjects ("the deploy
 * failed to start") are left alone too.
 */
public final class BlamelessReviewer {
    static final String BUNDLE = "io.postmortem.core.blameless.messages";
    private static final int NEGATION_WINDOW = 4;

    private final List<BlamelessRule> rules;
    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();
    private final List<Candidate> wildcardFirst = new ArrayList<>();
    private final ResourceBundle messages;
    private final Set<String> negation;
    private final Set<String> skip;
    private final Set<String> adverb;
    private final Set<String> auxiliary;
    private final Set<String> determiner;
    private final Set<String> clause;
    private final Set<String> individual;
    private final Set<String> collective;
    private final Set<String> system;
    private final Set<String> copula;
    private final Set<String> opener;
    private final Set<String> common;

    public BlamelessReviewer(BlamelessRules rules, ResourceBundle messages) {
        this.rules = rules.compile();
        this.messages = messages;
        this.negation = rules.words("negation");
        this.skip = rules.words("skip");
        this.adverb = rules.words("adverb");
        this.auxiliary = rules.words("auxiliary");
        this.determiner = rules.words("determiner");
        this.clause = rules.words("clause");
        this.individual = rules.words("individual");
        this.collective = rules.words("collective");
        this.system = rules.words("system");
        this.copula = rules.words("copula");
        this.opener = rules.words("opener");
        this.common = rules.words("common");
        for (BlamelessRule rule : this.rules) {
            for (Phrase phrase : rule.phrases()) {
                Candidate candidate = new Candidate(rule, phrase);
                if (phrase.startsWithWildcard()) {
                    wildcardFirst.add(candidate);
                } else {
                    byFirstWord.computeIfAbsent(phrase.first(), k -> new ArrayList<>()).add(candidate);
                }
            }
        }
    }

    /** The shipped rules and messages for a locale (English when the language has none). */
    public static BlamelessReviewer forLocale(Locale locale) {
        return new BlamelessReviewer(BlamelessRules.defaults(locale), ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** The shipped messages (reasons and suggestions) for a locale. */
    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static BlamelessReviewer english() {
        return forLocale(Locale.ENGLISH);
    }

    /**
     * @param text        the text to review (plain text or Jira wiki markup)
     * @param peopleNames display names and user names of the user directory
     * @return findings in text order; no two overlap
     */
    public List<Finding> review(String text, Set<String> peopleNames) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = Tokens.tokenize(text);
        PeopleNames names = new PeopleNames(peopleNames == null ? Set.of() : peopleNames);
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.word() || token.masked()) {
                continue;
            }
            for (Candidate c : byFirstWord.getOrDefault(token.norm(), List.of())) {
                check(c, tokens, i, names, found);
            }
            for (Candidate c : wildcardFirst) {
                check(c, tokens, i, names, found);
            }
        }
        return withoutOverlaps(found);
    }

    private void check(Candidate c, List<Token> tokens, int i, PeopleNames names, List<Finding> found) {
        BlamelessRule rule = c.rule();
        int end = c.phrase().matchAt(tokens, i);
        if (end < 0 || anyMasked(tokens, i, end)) {
            return;
        }
        for (Phrase p : rule.exceptPrevious()) {
            if (p.endsBefore(tokens, i)) {
                return;
            }
        }
        for (Phrase p : rule.exceptNext()) {
            if (p.matchAt(tokens, end) >= 0) {
                return;
            }
        }
        if (!rule.requireBefore().isEmpty() && !occurs(tokens, sentenceStart(tokens, i), i, rule.requireBefore())) {
            return;
        }
        if (!rule.exceptEarlier().isEmpty() && occurs(tokens, sentenceStart(tokens, i), i, rule.exceptEarlier())) {
            return;
        }
        if (!rule.requireLater().isEmpty() && !occurs(tokens, end, sentenceEnd(tokens, end), rule.requireLater())) {
            return;
        }
        if (!rule.exceptLater().isEmpty() && occurs(tokens, end, sentenceEnd(tokens, end), rule.exceptLater())) {
            return;
        }
        boolean inverted = rule.inCondition() && clauseStart(tokens, i) == i;
        if (!rule.requireNext().isEmpty() && !inverted && !nextWordMatches(tokens, end, rule.requireNext())) {
            return;
        }
        if (rule.negation() == BlamelessRule.Negation.REQUIRED) {
            if (!negatedInClause(tokens, i)) {
                return;
            }
        } else if (rule.negation() != BlamelessRule.Negation.NONE && negated(tokens, i, end, rule.negation())) {
            return;
        }
        if (rule.inCondition() && !inCondition(c.rule(), tokens, i, end, names)) {
            return;
        }
        if (rule.actorInClause() && !actorInClause(tokens, i, names)) {
            return;
        }
        if (rule.target() == BlamelessRule.Target.PERSON && !describesPerson(tokens, i, names)) {
            return;
        }
        int start = i;
        if (rule.subject() != BlamelessRule.Subject.ANY && !inverted) {
            Subject subject = subject(tokens, i, names);
            if (!accepts(rule.subject(), subject.kind())) {
                return;
            }
            if (rule.spanSubject() && subject.start() >= 0) {
                start = subject.start();
            }
        }
        int last = end - 1;
        if (rule.objectWindow() > 0) {
            last = personAfter(tokens, end, rule.objectWindow(), names);
            if (last < 0) {
                return;
            }
        }
        if (anyMasked(tokens, start, last + 1)) {
            return;
        }
        found.add(new Finding(tokens.get(start).start(), tokens.get(last).end(), rule.id(),
                rule.messageKey(), resolve(rule.messageKey()), rule.suggestionKey(), resolve(rule.suggestionKey())));
    }

    /** Whether one of the phrases lies wholly within tokens [from, to). */
    private static boolean occurs(List<Token> tokens, int from, int to, List<Phrase> phrases) {
        for (int k = from; k < to; k++) {
            for (Phrase p : phrases) {
                int matchEnd = p.matchAt(tokens, k);
                if (matchEnd >= 0 && matchEnd <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int sentenceEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && !tokens.get(k).sentenceBreak()) {
            k++;
        }
        return k;
    }

    private static boolean anyMasked(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).masked()) {
                return true;
            }
        }
        return false;
    }

    private boolean nextWordMatches(List<Token> tokens, int from, List<Phrase> allowed) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).word()
                && (adverb.contains(tokens.get(k).norm()) || isLyAdverb(tokens.get(k)))) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).word()) {
            return false;
        }
        for (Phrase p : allowed) {
            if (p.matchAt(tokens, k) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLyAdverb(Token t) {
        return t.norm().length() > 4 && t.norm().endsWith("ly");
    }

    /** A negation word within a few words of the phrase, in the same clause. */
    private boolean negated(List<Token> tokens, int start, int end, BlamelessRule.Negation mode) {
        for (int k = start - 1, words = 0; k >= 0 && words < NEGATION_WINDOW; k--) {
            Token t = tokens.get(k);
            if (!t.word() || clause.contains(t.norm())) {
                break;
            }
            if (isNegation(t)) {
                return true;
            }
            words++;
        }
        if (mode == BlamelessRule.Negation.AROUND) {
            // after the phrase only "X is not", "X was never", "X isn't": a later "not" belongs to another verb
            for (int k = end; k < tokens.size() && k < end + 3; k++) {
                Token t = tokens.get(k);
                if (!t.word()) {
                    break;
                }
                if (isNegation(t)) {
                    return true;
                }
                if (!auxiliary.contains(t.norm())) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Someone acts in the clause before token i: a name (in the directory or a capitalised word that is no system
     * word), a role or a group. A clause-opening word such as "At" or "After" is no name.
     */
    private boolean actorInClause(List<Token> tokens, int i, PeopleNames names) {
        int start = clauseStart(tokens, i);
        if (start == i) {
            // "..., skipping CI" and "... and bypassed the reviewer" carry the actor of the clause before
            start = sentenceStart(tokens, i);
        }
        for (int k = start; k < i; k++) {
            Token t = tokens.get(k);
            if (!t.word() || t.code() || (k == start && opener.contains(t.norm()))) {
                continue;
            }
            if (k > 0 && tokens.get(k - 1).word() && GENERIC.contains(tokens.get(k - 1).norm())) {
                continue; // "any engineer" is nobody in particular
            }
            if (names.nameEndingAt(tokens, k, system, determiner) >= 0) {
                return true;
            }
            Kind kind = kindAt(tokens, k);
            if (kind == Kind.INDIVIDUAL || kind == Kind.COLLECTIVE || kind == Kind.CAPITALISED) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> GENERIC = Set.of("any", "every", "no");

    private static int sentenceStart(List<Token> tokens, int i) {
        int k = i;
        while (k > 0 && !tokens.get(k - 1).sentenceBreak()) {
            k--;
        }
        return k;
    }

    /** A negation word anywhere earlier in the same clause: "nobody on the team thought to check". */
    private boolean negatedInClause(List<Token> tokens, int i) {
        for (int k = clauseStart(tokens, i); k < i; k++) {
            if (isNegation(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isNegation(Token t) {
        return negation.contains(t.norm()) || t.norm().endsWith("n't");
    }

    private enum Kind { NONE, NAME, INDIVIDUAL, COLLECTIVE, SYSTEM, CAPITALISED, UNKNOWN }

    private record Subject(Kind kind, int start) {
    }

    /** The subject of the phrase at token i: the closest word before it, skipping auxiliaries and adverbs. */
    private Subject subject(List<Token> tokens, int i, PeopleNames names) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return new Subject(Kind.NONE, -1);
            }
            if (t.code()) {
                return new Subject(Kind.SYSTEM, j);
            }
            int nameStart = names.nameEndingAt(tokens, j, system, determiner);
            if (nameStart >= 0) {
                return new Subject(Kind.NAME, nameStart);
            }
            String word = t.norm();
            if (skip.contains(word) || adverb.contains(word) || isLyAdverb(t) || word.endsWith("n't")) {
                continue;
            }
            if (COORDINATION.contains(word)) {
                return coordinatedSubject(tokens, j, names);
            }
            if (ON_DUTY.contains(word) && j > 1 && tokens.get(j - 1).norm().equals("on")) {
                j--; // "the engineer on call missed ...": the subject is the one on call
                continue;
            }
            return new Subject(kindAt(tokens, j), j);
        }
        return new Subject(Kind.NONE, -1);
    }

    private static final Set<String> COORDINATION = Set.of("and", "but");
    private static final Set<String> ON_DUTY = Set.of("call", "shift", "duty", "rotation", "watch");

    /**
     * The subject a second verb shares with the first ("Ingrid pushed the config and took down checkout"): the
     * first person, group or system at the start of the clause before the conjunction, else of the sentence.
     */
    private Subject coordinatedSubject(List<Token> tokens, int conjunction, PeopleNames names) {
        int clauseStart = clauseStart(tokens, conjunction);
        Subject subject = firstActor(tokens, clauseStart, conjunction, names);
        int sentenceStart = sentenceStart(tokens, conjunction);
        if (subject.kind() == Kind.UNKNOWN && clauseStart != sentenceStart) {
            subject = firstActor(tokens, sentenceStart, conjunction, names);
        }
        // the finding stays on the second verb: spanning from the distant subject would hide the first verb's
        return new Subject(subject.kind(), -1);
    }

    /** The first name, role, group or system among the first words of a clause (after openers and times). */
    private Subject firstActor(List<Token> tokens, int from, int to, PeopleNames names) {
        int unknown = 0;
        boolean opening = true;
        for (int k = from; k < to && unknown < 2; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                continue;
            }
            if (t.code()) {
                return new Subject(Kind.SYSTEM, k);
            }
            String word = t.norm();
            if ((opening && opener.contains(word)) || determiner.contains(word) || isTime(word)) {
                continue;
            }
            opening = false;
            int nameStart = names.nameEndingAt(tokens, k, system, determiner);
            if (nameStart >= 0) {
                return new Subject(Kind.NAME, nameStart);
            }
            Kind kind = kindAt(tokens, k);
            if (kind != Kind.UNKNOWN) {
                return new Subject(kind, k);
            }
            unknown++;
        }
        return new Subject(Kind.UNKNOWN, -1);
    }

    private static boolean isTime(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /**
     * The kind of the word at j, where a capitalised word counts as a name only when it looks like one: not a
     * common word, not a word formed like a noun of action or state ("Replication", "Alerting"), and at the start
     * of a sentence, where every word is capitalised, not a plural ("Retries", "Customers").
     */
    private Kind kindAt(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        Kind kind = kindOf(t);
        if (kind != Kind.CAPITALISED) {
            return kind;
        }
        if (j > 0 && tokens.get(j - 1).capitalised() && kindOf(tokens.get(j - 1)) == Kind.SYSTEM) {
            return Kind.SYSTEM; // a capitalised word after a product's name continues it ("GitHub Actions")
        }
        String word = t.base();
        if (common.contains(word) || opener.contains(word) || clause.contains(word) || copula.contains(word)
                || auxiliary.contains(word) || negation.contains(word)) {
            return Kind.UNKNOWN;
        }
        for (String ending : NOUN_ENDINGS) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return Kind.UNKNOWN;
            }
        }
        if (j == sentenceStart(tokens, j) && looksPlural(word)) {
            return Kind.UNKNOWN;
        }
        return Kind.CAPITALISED;
    }

    private static final List<String> NOUN_ENDINGS = List.of("ing", "tion", "sion", "ment", "ness", "ity", "ure",
            "ism", "ware", "ogy", "ics", "ency", "ance");

    /** An English plural; names ending in -ss, -us, -is, -os, -as ("Chris", "Carlos") are left as names. */
    private static boolean looksPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && !word.endsWith("os") && !word.endsWith("as");
    }

    private Kind kindOf(Token t) {
        String word = t.base();
        if (individual.contains(word)) {
            return Kind.INDIVIDUAL;
        }
        if (collective.contains(word)) {
            return Kind.COLLECTIVE;
        }
        if (system.contains(word) || word.chars().anyMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == '/'
                || ch == '_')) {
            return Kind.SYSTEM;
        }
        if (word.length() > 1 && t.text().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-')) {
            return Kind.SYSTEM; // an acronym that is no role or group ("EU", "VPN", "ORM") names a thing
        }
        // A capitalised word that is no system word is probably a name: of someone outside the directory, or of a
        // group ("QA"). Rules that want an actor accept it; it is never a system.
        return t.capitalised() && !determiner.contains(word) && !skip.contains(word) ? Kind.CAPITALISED : Kind.UNKNOWN;
    }

    private static boolean accepts(BlamelessRule.Subject wanted, Kind kind) {
        return switch (wanted) {
            case ANY -> true;
            case NOT_SYSTEM -> kind != Kind.SYSTEM;
            case PERSON -> kind == Kind.NAME || kind == Kind.INDIVIDUAL || kind == Kind.COLLECTIVE
                    || kind == Kind.CAPITALISED;
            case INDIVIDUAL -> kind == Kind.NAME || kind == Kind.INDIVIDUAL;
            case NAMED -> kind == Kind.NAME;
            case ACTOR -> kind == Kind.NAME || kind == Kind.INDIVIDUAL || kind == Kind.COLLECTIVE
                    || kind == Kind.CAPITALISED;
        };
    }

    /** The index of a person mentioned within the next few words (a colon may come between), or -1. */
    private int personAfter(List<Token> tokens, int from, int window, PeopleNames names) {
        boolean onlyFillers = true;
        for (int k = from, words = 0; k < tokens.size() && words < window; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.norm().equals(":")) {
                    continue;
                }
                return -1;
            }
            if (!t.code() && (names.nameEndingAt(tokens, k, system, determiner) >= 0
                    || individual.contains(t.base()) || collective.contains(t.base()))) {
                // a full name ends one word later when the next word continues it ("Dave Smith")
                if (k + 1 < tokens.size() && names.nameEndingAt(tokens, k + 1, system, determiner) == k) {
                    return k + 1;
                }
                return k;
            }
            // someone outside the directory: a capitalised name right after the phrase ("caused by Ingrid", "is
            // entirely on Tariq"), not a thing's name after a determiner or preposition ("the Paris outage")
            if (!t.code() && onlyFillers && !t.norm().endsWith("'s") && kindAt(tokens, k) == Kind.CAPITALISED) {
                return k;
            }
            String word = t.norm();
            onlyFillers &= skip.contains(word) || adverb.contains(word) || copula.contains(word) || isLyAdverb(t);
            words++;
        }
        return -1;
    }

    /** Where the clause holding token i starts: after a sentence break, a comma-like mark or a clause word. */
    private int clauseStart(List<Token> tokens, int i) {
        int k = i;
        while (k > 0) {
            Token before = tokens.get(k - 1);
            if (!before.word() || clause.contains(before.norm())) {
                break;
            }
            k--;
        }
        return k;
    }

    /**
     * A counterfactual condition about someone: "if the DBA had taken a backup", or inverted at the start of a
     * clause, "had Leila run the dry run". A system in the condition ("if the breaker had opened") is no blame.
     */
    private boolean inCondition(BlamelessRule rule, List<Token> tokens, int i, int end, PeopleNames names) {
        int start = clauseStart(tokens, i);
        if (start == i) {
            // inverted: the actor follows the phrase
            for (int k = end; k < tokens.size() && k < end + 3; k++) {
                Token t = tokens.get(k);
                if (!t.word()) {
                    return false;
                }
                if (determiner.contains(t.norm())) {
                    continue;
                }
                Kind kind = names.nameEndingAt(tokens, k, system, determiner) >= 0 ? Kind.NAME : kindAt(tokens, k);
                return accepts(rule.subject(), kind);
            }
            return false;
        }
        return tokens.get(start).norm().equals("if");
    }

    /**
     * Whether a trait word (an adjective such as "careless") judges a person or their work rather than describing a
     * system: it does unless it belongs to something that is not a person ("the ORM's careless handling") or is said
     * of a system ("the cache was sloppy"; "it was sloppy work" is about the work).
     */
    private boolean describesPerson(List<Token> tokens, int i, PeopleNames names) {
        if (i == 0 || !tokens.get(i - 1).word()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        if (copula.contains(before.norm())) {
            Subject subject = subject(tokens, i, names);
            return subject.kind() != Kind.SYSTEM
                    || (subject.start() >= 0 && tokens.get(subject.start()).norm().equals("it"));
        }
        boolean possessive = before.norm().endsWith("'s") || before.norm().endsWith("s'");
        if (possessive && !before.norm().equals("it's")) {
            String owner = before.norm().substring(0, before.norm().length() - (before.norm().endsWith("'s") ? 2 : 1));
            return names.nameEndingAt(tokens, i - 1, system, determiner) >= 0 || individual.contains(owner)
                    || collective.contains(owner) || kindAt(tokens, i - 1) == Kind.CAPITALISED;
        }
        return true;
    }

    private String resolve(String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return key; // an administrator's rule may carry its text instead of a key
        }
    }

    /** Keeps one finding per passage: a finding overlapping an earlier (or, at the same start, wider) one goes. */
    private static List<Finding> withoutOverlaps(List<Finding> found) {
        if (found.size() < 2) {
            return List.copyOf(found);
        }
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end)
                .reversed()));
        List<Finding> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Finding f : sorted) {
            if (f.start() < coveredTo) {
                continue;
            }
            kept.add(f);
            coveredTo = Math.max(coveredTo, f.end());
        }
        return List.copyOf(kept);
    }

    private record Candidate(BlamelessRule rule, Phrase phrase) {
    }
}
