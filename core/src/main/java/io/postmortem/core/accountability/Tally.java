package io.postmortem.core.accountability;

import java.util.Map;
import java.util.TreeMap;

/**
 * The raw counts of one platform or team on one day, added up from grouped query rows. Tallies of teams add up to
 * their platform's exactly (medians come from merged histograms, not from medians of medians).
 */
final class Tally {
    final TreeMap<Long, Long> openAges = new TreeMap<>();
    final TreeMap<Long, Long> closeDurations = new TreeMap<>();
    long overdue;
    long dueSoon;
    long closedLast30;
    long closedOnTime;
    long overduePostmortems;
    long postmortemsDue;
    long postmortemsHeldOnTime;
    long majorPostmortems;
    long publishedPostmortems;

    void add(Tally other) {
        other.openAges.forEach((age, n) -> openAges.merge(age, n, Long::sum));
        other.closeDurations.forEach((days, n) -> closeDurations.merge(days, n, Long::sum));
        overdue += other.overdue;
        dueSoon += other.dueSoon;
        closedLast30 += other.closedLast30;
        closedOnTime += other.closedOnTime;
        overduePostmortems += other.overduePostmortems;
        postmortemsDue += other.postmortemsDue;
        postmortemsHeldOnTime += other.postmortemsHeldOnTime;
        majorPostmortems += other.majorPostmortems;
        publishedPostmortems += other.publishedPostmortems;
    }

    Figures figures() {
        long open = total(openAges);
        long closed90 = total(closeDurations);
        return new Figures(open, overdue, dueSoon, closedLast30, median(openAges), median(closeDurations),
                share(closedOnTime, closed90), overduePostmortems, share(postmortemsHeldOnTime, postmortemsDue),
                share(publishedPostmortems, majorPostmortems), closed90, closedOnTime, postmortemsDue,
                postmortemsHeldOnTime, majorPostmortems, publishedPostmortems);
    }

    static long total(Map<Long, Long> histogram) {
        return histogram.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median of the values a histogram counts: the middle one, or the mean of the two middle ones. */
    static Double median(TreeMap<Long, Long> histogram) {
        long n = total(histogram);
        if (n == 0) {
            return null;
        }
        long lowIndex = (n - 1) / 2;
        long highIndex = n / 2;
        Long low = null;
        Long high = null;
        long seen = 0;
        for (Map.Entry<Long, Long> entry : histogram.entrySet()) {
            long next = seen + entry.getValue();
            if (low == null && lowIndex < next) {
                low = entry.getKey();
            }
            if (highIndex < next) {
                high = entry.getKey();
                break;
            }
            seen = next;
        }
        return (low + high) / 2.0;
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
