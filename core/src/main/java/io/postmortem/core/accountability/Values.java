package io.postmortem.core.accountability;

import java.util.Arrays;

/**
 * Whole numbers (ages, durations in days) collected for a median. A growing array rather than a map of counts: a
 * dashboard adds one value per active action, and sorting once at the end is cheaper than a map update per value.
 */
final class Values {
    private long[] values = new long[8];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void addAll(Values other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    int size() {
        return size;
    }

    /** The middle value, or the mean of the two middle ones; null when there are none. */
    Double median() {
        if (size == 0) {
            return null;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        // Ages and durations in days span a few thousand values at most: counting them beats sorting them.
        if (max - min < Math.max(4096, 4L * size)) {
            return countedMedian(min, (int) (max - min + 1));
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return (sorted[(size - 1) / 2] + sorted[size / 2]) / 2.0;
    }

    private Double countedMedian(long min, int range) {
        int[] counts = new int[range];
        for (int i = 0; i < size; i++) {
            counts[(int) (values[i] - min)]++;
        }
        long low = nth(counts, min, (size - 1) / 2);
        long high = nth(counts, min, size / 2);
        return (low + high) / 2.0;
    }

    /** The value at position {@code index} (from 0) of the counted values in order. */
    private static long nth(int[] counts, long min, int index) {
        int seen = 0;
        for (int value = 0; value < counts.length; value++) {
            seen += counts[value];
            if (index < seen) {
                return min + value;
            }
        }
        throw new IllegalStateException("fewer values than " + (index + 1));
    }
}
