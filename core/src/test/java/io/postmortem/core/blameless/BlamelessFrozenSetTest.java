package io.postmortem.core.blameless;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the review on the frozen set (blameless/frozen-set.tsv, written apart from the rules by someone who did
 * not see them, never edited since) separately from the development corpus the rules were written from. The
 * figures are printed and stated in docs/learning.md.
 */
class BlamelessFrozenSetTest {
    private final BlamelessReviewer reviewer = BlamelessReviewer.english();

    @Test
    void precision_and_recall_on_the_frozen_set_written_apart_from_the_rules() {
        LabelledSentences frozen = LabelledSentences.frozenSet();
        assertThat(frozen.blameful()).as("blameful sentences").isGreaterThanOrEqualTo(100);
        assertThat(frozen.fine()).as("fine sentences").isGreaterThanOrEqualTo(100);

        LabelledSentences.Score score = frozen.score(reviewer);
        System.out.println(frozen.report(score));
        // only the figures: printing the frozen set's misses would invite rules fitted to its sentences
        System.out.println("  right per kind: " + score.byKind());

        // Baseline, measured before any rule changed for the general kinds: frozen set precision 0.84, recall 0.46;
        // development corpus precision 0.98 (191 of 195), recall 0.92. The target on the frozen set is
        // recall 0.85 at precision 0.90. The rules reach precision 0.98 and recall 0.87 (109 of 125, 2 false
        // alarms), written from development sentences of the general kinds, without any phrase taken from the
        // frozen set; only its figures were looked at.
        assertThat(score.precision()).as("precision on the frozen set").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).as("recall on the frozen set").isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void the_development_corpus_keeps_its_precision() {
        LabelledSentences corpus = LabelledSentences.developmentCorpus();
        LabelledSentences.Score score = corpus.score(reviewer);
        System.out.println(corpus.report(score));
        score.mistakes().forEach(System.out::println);
        assertThat(score.precision()).as("precision on the development corpus").isGreaterThanOrEqualTo(DEV_PRECISION);
    }

    static final double MIN_PRECISION = 0.90;
    static final double MIN_RECALL = 0.85;
    /** 191 caught, 4 false alarms before any rule changed: no loss of precision allowed. */
    static final double DEV_PRECISION = 191 / 195.0;
}
