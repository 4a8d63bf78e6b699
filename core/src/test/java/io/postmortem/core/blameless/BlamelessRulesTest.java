package io.postmortem.core.blameless;

import io.postmortem.core.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlamelessRulesTest {
    private final ResourceBundle messages = ResourceBundle.getBundle(BlamelessReviewer.BUNDLE, Locale.ENGLISH);

    @Test
    void the_shipped_rules_define_the_documented_rules_and_lists() {
        BlamelessRules rules = BlamelessRules.defaults(Locale.ENGLISH);

        assertThat(rules.ruleIds()).contains("counterfactual", "omission", "person-failure", "judgement",
                "human-error", "person-cause", "hindsight");
        assertThat(rules.words("system")).contains("deploy", "job");
        assertThat(rules.words("negation")).contains("not", "never");
        for (String id : rules.ruleIds()) {
            assertThat(messages.containsKey("blameless." + id + ".message")).as(id + " message").isTrue();
            assertThat(messages.containsKey("blameless." + id + ".suggestion")).as(id + " suggestion").isTrue();
        }
    }

    @Test
    void an_unknown_language_falls_back_to_english() {
        assertThat(BlamelessRules.defaults(Locale.JAPANESE).ruleIds())
                .isEqualTo(BlamelessRules.defaults(Locale.ENGLISH).ruleIds());
    }

    @Test
    void an_extension_adds_phrases_and_words_to_existing_sections() {
        BlamelessRules rules = BlamelessRules.defaults(Locale.ENGLISH).merge("""
                # our own wording
                [rule judgement]
                phrase = butterfingers
                [words system]
                frobnicator
                """);
        BlamelessReviewer reviewer = new BlamelessReviewer(rules, messages);

        assertThat(reviewer.review("A butterfingers moment took the site down.", Set.of()))
                .extracting(Finding::rule).containsExactly("judgement");
        assertThat(reviewer.review("The frobnicator should have restarted.", Set.of())).isEmpty();
        assertThat(BlamelessReviewer.english().review("The frobnicator should have restarted.", Set.of()))
                .as("the defaults are unchanged").hasSize(1);
    }

    @Test
    void an_extension_adds_a_rule_with_literal_text_and_can_remove_or_switch_off() {
        BlamelessRules rules = BlamelessRules.defaults(Locale.ENGLISH).merge("""
                [rule heroics]
                phrase = saved the day
                message = Hero stories hide the conditions that needed a hero.
                suggestion = What made the rescue necessary?
                [rule hindsight]
                remove = simply
                [rule human-error]
                enabled = false
                """);
        BlamelessReviewer reviewer = new BlamelessReviewer(rules, messages);

        assertThat(reviewer.review("Grace saved the day.", Set.of()))
                .extracting(Finding::rule, Finding::message, Finding::suggestion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("heroics",
                        "Hero stories hide the conditions that needed a hero.", "What made the rescue necessary?"));
        assertThat(reviewer.review("It was simply wrong.", Set.of())).isEmpty();
        assertThat(reviewer.review("Root cause: human error.", Set.of())).isEmpty();
        assertThat(rules.ruleIds()).contains("human-error");
    }

    @Test
    void a_broken_extension_is_refused_with_the_line_number() {
        BlamelessRules rules = BlamelessRules.defaults(Locale.ENGLISH);

        assertThatThrownBy(() -> rules.merge("[rule x]\nsubject = robots"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> rules.merge("phrase = before any section"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Line 1");
        assertThatThrownBy(() -> rules.merge("[rule empty]\nnegation = before"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> rules.merge("[rule x]\ncolour = red"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("colour");
    }
}
