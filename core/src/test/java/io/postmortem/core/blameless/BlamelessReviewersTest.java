package io.postmortem.core.blameless;

import io.postmortem.core.config.BlamelessPolicy;
import io.postmortem.core.config.ConfigurationValidator;
import io.postmortem.core.config.Problem;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator extends the shipped rules through the configuration, per language, without code. */
class BlamelessReviewersTest {
    private final TestOrganisation org = new TestOrganisation();
    private final BlamelessReviewers reviewers = new BlamelessReviewers(org);

    @Test
    void the_administrators_additions_take_effect_at_once_and_can_be_taken_back() {
        String sentence = "The release was a cack-handed move by the platform team.";
        assertThat(reviewers.english().review(sentence, Set.of())).isEmpty();

        org.setConfiguration(org.load().withBlameless(new BlamelessPolicy(Map.of("en", """
                [rule judgement]
                phrase = cack-handed
                """))));
        assertThat(reviewers.english().review(sentence, Set.of()))
                .singleElement().satisfies(f -> assertThat(sentence.substring(f.start(), f.end())).containsIgnoringCase("cack-handed"));

        org.setConfiguration(org.load().withBlameless(BlamelessPolicy.defaults()));
        assertThat(reviewers.english().review(sentence, Set.of())).isEmpty();
    }

    @Test
    void an_extension_that_does_not_read_as_rules_is_refused_naming_the_language() {
        var proposed = org.load().withBlameless(new BlamelessPolicy(Map.of("en", "this is not a rule line")));
        var problems = new ConfigurationValidator(org, key -> true, new BlamelessRuleExtensions()).problems(proposed);
        assertThat(problems).extracting(Problem::path).contains("blameless.ruleExtensions.en");
    }
}
