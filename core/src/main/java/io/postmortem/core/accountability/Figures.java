package io.postmortem.core.accountability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accountability figures of a platform or team on one day. Shares are 0..1 and medians are days; both are null
 * when nothing was there to measure. The raw counts behind each share are kept so a share can be read as "n of m".
 *
 * @param medianOpenAgeDays median days since creation of the open actions
 * @param medianDaysToClose median days from creation to closing of the actions closed in the last 90 days
 * @param onTimeShare share of the actions closed in the last 90 days that closed on or before their due date
 * @param postmortemsHeldOnTimeShare of the P1–P3 postmortems whose meeting is due or held, the share held (first in
 *                                   review) on or before the due date, in the organisation's calendar
 * @param publishedShare published P1–P3 postmortems over all P1–P3 postmortems; every resolved P1–P3 incident gets
 *                       a postmortem, so this is the share of P1–P3 incidents with a published postmortem
 */
public record Figures(long openActions, long overdueActions, long dueSoonActions, long closedLast30Days,
                      Double medianOpenAgeDays, Double medianDaysToClose, Double onTimeShare,
                      long overduePostmortems, Double postmortemsHeldOnTimeShare, Double publishedShare,
                      long closedLast90Days, long closedOnTimeLast90Days,
                      long postmortemsDue, long postmortemsHeldOnTime, long majorPostmortems, long publishedPostmortems) {

    /** The names the API, CSV and league use, in display order. */
    public static final java.util.List<String> NAMES = java.util.List.of("openActions", "overdueActions",
            "dueSoonActions", "closedLast30Days", "medianOpenAgeDays", "medianDaysToClose", "onTimeShare",
            "overduePostmortems", "postmortemsHeldOnTimeShare", "publishedShare");

    public Map<String, Number> values() {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("openActions", openActions);
        values.put("overdueActions", overdueActions);
        values.put("dueSoonActions", dueSoonActions);
        values.put("closedLast30Days", closedLast30Days);
        values.put("medianOpenAgeDays", medianOpenAgeDays);
        values.put("medianDaysToClose", medianDaysToClose);
        values.put("onTimeShare", onTimeShare);
        values.put("overduePostmortems", overduePostmortems);
        values.put("postmortemsHeldOnTimeShare", postmortemsHeldOnTimeShare);
        values.put("publishedShare", publishedShare);
        return values;
    }

    /** Each figure minus the same figure of {@code before}; null where either is null. */
    public Map<String, Double> changeSince(Figures before) {
        Map<String, Double> change = new LinkedHashMap<>();
        Map<String, Number> then = before.values();
        values().forEach((name, now) -> {
            Number old = then.get(name);
            change.put(name, now == null || old == null ? null : round(now.doubleValue() - old.doubleValue()));
        });
        return change;
    }

    private static double round(double value) {
        return Math.round(value * 10000.0) / 10000.0;
    }
}
