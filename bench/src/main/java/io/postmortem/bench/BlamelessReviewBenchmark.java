package io.postmortem.bench;

import io.postmortem.core.blameless.BlamelessReviewer;
import io.postmortem.core.blameless.Finding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The blameless review of a 10,000-word postmortem (target: under 20 ms), with a directory of 5,000 people, as
 * the editor's inline review and the publish gate do it. Run with the command in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BlamelessReviewBenchmark {
    private static final String[] SENTENCES = {
            "At 10:02 the checkout service started returning 500s for about 4% of requests.",
            "Dave should have checked the config before deploying.",
            "The deploy failed to start because the config was invalid.",
            "Root cause: human error.",
            "The on-call engineer acknowledged the page at 10:07 and opened the incident bridge.",
            "Obviously the disk was going to fill up at that rate.",
            "The customer wrote \"you clearly did not test this\" in the support ticket.",
            "Run `kubectl rollout undo deploy/checkout` to roll back; see https://wiki.example.com/runbooks/checkout.",
            "This was not a human error but a gap in the deploy tooling.",
            "Priya failed to follow the rollback runbook.",
            "We should have a runbook for certificate rotation.",
            "The job failed to run because the scheduler lost its lease.",
            "Mark broke checkout with a bad feature flag change.",
            "What made the 3s timeout look safe at the time of the change?",
            "Replication lag was 40 seconds at the time of failover, which the failover script does not check.",
    };

    private BlamelessReviewer reviewer;
    private String document;
    private Set<String> people;

    @Setup
    public void setUp() {
        reviewer = BlamelessReviewer.english();
        document = document(10_000);
        people = new HashSet<>(Set.of("Dave Smith", "dsmith", "Priya Raman", "praman", "Mark Chen", "mchen"));
        for (int i = 0; i < 5_000; i++) {
            people.add("Person" + i + " Surname" + i);
            people.add("user" + i);
        }
    }

    /** Sentences in a fixed pseudo-random order, grouped in paragraphs, until the document has that many words. */
    static String document(int words) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        int count = 0;
        int inParagraph = 0;
        while (count < words) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            text.append(sentence).append(++inParagraph % 6 == 0 ? "\n\n" : " ");
            count += sentence.split("\\s+").length;
        }
        return text.toString();
    }

    @Benchmark
    public List<Finding> review10000Words() {
        return reviewer.review(document, people);
    }
}
