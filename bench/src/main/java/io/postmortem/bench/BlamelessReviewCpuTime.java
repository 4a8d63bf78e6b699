package io.postmortem.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The blameless review of the same 10,000-word postmortem and directory as {@link BlamelessReviewBenchmark},
 * timed in CPU time of the reviewing thread rather than wall-clock time: on a machine shared with other builds
 * the wall clock counts the time the thread waits for a core, the CPU time only the work of the review. Prints
 * the median and the 90th percentile of 200 reviews after 300 for warm-up. Run with the command in
 * docs/performance.md.
 */
public final class BlamelessReviewCpuTime {
    private static final int WARM_UP = 300;
    private static final int MEASURED = 200;

    private BlamelessReviewCpuTime() {
    }

    public static void main(String[] args) {
        BlamelessReviewBenchmark state = new BlamelessReviewBenchmark();
        state.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int findings = 0;
        for (int i = 0; i < WARM_UP; i++) {
            findings += state.review10000Words().size();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = threads.getCurrentThreadCpuTime();
            findings += state.review10000Words().size();
            nanos[i] = threads.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("BlamelessReviewCpuTime: median %.2f ms, p90 %.2f ms of CPU time per review of 10,000 words"
                        + " (%d findings in all)%n", nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6,
                findings);
    }
}
