package io.postmortem.core.blameless;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the review against a hand-labelled corpus of postmortem sentences (blameless/corpus-en.tsv) at
 * sentence level: a sentence counts as flagged when the review returns at least one finding for it.
 */
class BlamelessCorpusTest {

    record Sample(boolean blameful, String sentence) {
    }

    @Test
    void precision_and_recall_on_the_labelled_corpus() throws IOException {
        Set<String> people = new LinkedHashSet<>();
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/blameless/corpus-en.tsv")) {
            assertThat(in).as("corpus resource").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.startsWith("#people\t")) {
                    for (String name : line.substring("#people\t".length()).split(",")) {
                        people.add(name.strip());
                    }
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    assertThat(parts[0]).as("label of: " + line).isIn("B", "OK");
                    samples.add(new Sample(parts[0].equals("B"), parts[1]));
                }
            }
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(300);

        BlamelessReviewer reviewer = BlamelessReviewer.english();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> misses = new ArrayList<>();
        for (Sample sample : samples) {
            List<Finding> findings = reviewer.review(sample.sentence(), people);
            boolean flagged = !findings.isEmpty();
            if (flagged && sample.blameful()) {
                truePositives++;
            } else if (flagged) {
                falsePositives++;
                misses.add("  false alarm: " + sample.sentence() + "  " + findings.stream()
                        .map(f -> f.rule() + "[" + f.quote(sample.sentence()) + "]").toList());
            } else if (sample.blameful()) {
                falseNegatives++;
                misses.add("  missed:      " + sample.sentence());
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf("Blameless corpus: precision %.2f recall %.2f (n=%d, blameful %d)%n",
                precision, recall, samples.size(), samples.stream().filter(Sample::blameful).count());
        misses.forEach(System.out::println);

        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.85);
    }
}
