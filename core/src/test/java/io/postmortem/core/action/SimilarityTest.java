package io.postmortem.core.action;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimilarityTest {

    @Test
    void normalises_case_accents_punctuation_stop_words_and_plurals() {
        assertThat(Similarity.tokens("The Alerts, on Café-Checkout errors!")).containsExactlyInAnyOrder("alert", "cafe", "checkout", "error");
        assertThat(Similarity.tokens("alerting alerted alerts")).containsExactly("alert");
        assertThat(Similarity.tokens("a of the to")).isEmpty();
    }

    @Test
    void scores_the_jaccard_index_of_the_token_sets() {
        // {add, alert, checkout, error, rate} vs {alert, checkout, error, rate, rise}: 4 shared of 6.
        assertThat(Similarity.score("Add alerting on checkout error rate", "Alert when the checkout error rate rises"))
                .isCloseTo(4.0 / 6, within(1e-9));
        assertThat(Similarity.score("Rotate database credentials", "Add alerting on checkout error rate")).isZero();
        assertThat(Similarity.score("", "anything")).isZero();
    }

    @Test
    void the_threshold_keeps_shared_service_names_alone_below_it() {
        assertThat(Similarity.score("Checkout capacity planning", "Checkout error budget review")).isLessThan(Similarity.THRESHOLD);
        assertThat(Similarity.score("Add alerting on checkout error rate", "Alert when the checkout error rate rises"))
                .isGreaterThanOrEqualTo(Similarity.THRESHOLD);
    }
}
