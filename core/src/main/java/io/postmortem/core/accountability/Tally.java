package io.postmortem.core.accountability;

/**
 * The raw counts of one platform or team on one day, added up action by action. Tallies of teams add up to their
 * platform's exactly (medians come from the merged values, not from medians of medians).
 */
final class Tally {
    /** Days since creation of each open action. */
    final Values openAges = new Values();
    /** Days from creation to closing of each action closed in the closing window. */
    final Values closeDurations = new Values();
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
        openAges.addAll(other.openAges);
        closeDurations.addAll(other.closeDurations);
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
        long open = openAges.size();
        long closed90 = closeDurations.size();
        return new Figures(open, overdue, dueSoon, closedLast30, openAges.median(), closeDurations.median(),
                share(closedOnTime, closed90), overduePostmortems, share(postmortemsHeldOnTime, postmortemsDue),
                share(publishedPostmortems, majorPostmortems), closed90, closedOnTime, postmortemsDue,
                postmortemsHeldOnTime, majorPostmortems, publishedPostmortems);
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
