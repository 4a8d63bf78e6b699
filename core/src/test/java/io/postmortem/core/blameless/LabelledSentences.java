package io.postmortem.core.blameless;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A labelled set of postmortem sentences and how the review scores on it at sentence level: a sentence counts as
 * flagged when the review returns at least one finding for it.
 */
record LabelledSentences(String name, List<Sample> samples, Set<String> people) {

    record Sample(boolean blameful, String kind, String sentence) {
    }

    /** The development corpus: "B|OK &lt;tab&gt; sentence", with a "#people" line naming the directory. */
    static LabelledSentences developmentCorpus() {
        Set<String> people = new LinkedHashSet<>();
        List<Sample> samples = new ArrayList<>();
        for (String line : lines("/blameless/corpus-en.tsv")) {
            if (line.startsWith("#people\t")) {
                for (String person : line.substring("#people\t".length()).split(",")) {
                    people.add(person.strip());
                }
            } else if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", 2);
                if (!parts[0].equals("B") && !parts[0].equals("OK")) {
                    throw new IllegalStateException("label of: " + line);
                }
                samples.add(new Sample(parts[0].equals("B"), "", parts[1]));
            }
        }
        return new LabelledSentences("development corpus", samples, people);
    }

    /**
     * The frozen set, written apart from the rules: a header "label, kind, sentence", labels blameful or fine. Its
     * people are not directory users, so the review gets an empty directory.
     */
    static LabelledSentences frozenSet() {
        List<String> lines = lines("/blameless/frozen-set.tsv");
        if (!lines.get(0).equals("label\tkind\tsentence")) {
            throw new IllegalStateException("frozen set header: " + lines.get(0));
        }
        List<Sample> samples = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length != 3 || !(parts[0].equals("blameful") || parts[0].equals("fine"))) {
                throw new IllegalStateException("frozen set line: " + line);
            }
            samples.add(new Sample(parts[0].equals("blameful"), parts[1], parts[2]));
        }
        return new LabelledSentences("frozen set", samples, Set.of());
    }

    long blameful() {
        return samples.stream().filter(Sample::blameful).count();
    }

    long fine() {
        return samples.size() - blameful();
    }

    /** Precision and recall over the whole set, per kind the share judged right, and every mistake. */
    record Score(double precision, double recall, int truePositives, int falsePositives, int falseNegatives,
                 Map<String, String> byKind, List<String> mistakes) {
    }

    Score score(BlamelessReviewer reviewer) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, int[]> kinds = new TreeMap<>();
        List<String> mistakes = new ArrayList<>();
        for (Sample sample : samples) {
            List<Finding> findings = reviewer.review(sample.sentence(), people);
            boolean flagged = !findings.isEmpty();
            int[] kind = kinds.computeIfAbsent(sample.kind(), k -> new int[2]);
            kind[1]++;
            if (flagged == sample.blameful()) {
                kind[0]++;
            }
            if (flagged && sample.blameful()) {
                tp++;
            } else if (flagged) {
                fp++;
                mistakes.add("  false alarm [" + sample.kind() + "]: " + sample.sentence() + "  " + findings.stream()
                        .map(f -> f.rule() + "[" + f.quote(sample.sentence()) + "]").toList());
            } else if (sample.blameful()) {
                fn++;
                mistakes.add("  missed [" + sample.kind() + "]: " + sample.sentence());
            }
        }
        Map<String, String> byKind = new TreeMap<>();
        kinds.forEach((kind, counts) -> byKind.put(kind, counts[0] + "/" + counts[1]));
        double precision = tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        return new Score(precision, recall, tp, fp, fn, byKind, mistakes);
    }

    /** One line for the test output (and docs): the figures of this set. */
    String report(Score score) {
        return String.format(java.util.Locale.ROOT, "Blameless %s: precision %.2f recall %.2f (n=%d: blameful %d, fine %d;"
                        + " %d caught, %d false alarms, %d missed)",
                name, score.precision(), score.recall(), samples.size(), blameful(), fine(), score.truePositives(),
                score.falsePositives(), score.falseNegatives());
    }

    private static List<String> lines(String resource) {
        try (InputStream in = LabelledSentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
