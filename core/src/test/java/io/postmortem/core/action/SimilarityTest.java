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

    @Test
    void search_words_are_the_most_selective_tokens_enough_that_every_match_contains_one() {
        // 5 tokens, a match shares at least ceil(0.3 * 5) = 2: the 4 longest are enough, in three cases each.
        assertThat(Similarity.searchWords("Add alerting on checkout error rate")).containsExactlyInAnyOrder(
                "checkout", "Checkout", "CHECKOUT", "alert", "Alert", "ALERT", "error", "Error", "ERROR",
                "rate", "Rate", "RATE");
        assertThat(Similarity.searchWords("Vérifier les sauvegardes")).contains("verifier", "vérifier", "Vérifier", "VÉRIFIER", "sauvegarde");
        assertThat(Similarity.searchWords("the of a")).isEmpty();
    }

    @Test
    void every_text_that_scores_at_least_the_threshold_contains_one_of_the_search_words() {
        java.util.List<String> corpus = java.util.List.of(
                "Add alerting on checkout error rate", "Alert when the checkout error rate rises",
                "CHECKOUT ERROR BUDGET REVIEW", "Checkout capacity planning", "Rotate database credentials",
                "Rotate the DB credentials monthly", "Canary deploys for config", "Add a canary stage to deploys",
                "Café checkout outage runbook", "Runbook for the cafe checkout outage", "Retry budget for payments",
                "Payments retries need a budget", "Alerting", "alerts", "Error-rate alerting for Checkout");
        for (String idea : corpus) {
            java.util.Set<String> words = Similarity.searchWords(idea);
            for (String candidate : corpus) {
                if (Similarity.score(idea, candidate) >= Similarity.THRESHOLD) {
                    assertThat(words).as(idea + " -> " + candidate).anyMatch(candidate::contains);
                }
            }
        }
    }
}
