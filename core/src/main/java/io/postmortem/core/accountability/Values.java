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
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return (sorted[(size - 1) / 2] + sorted[size / 2]) / 2.0;
    }
}
