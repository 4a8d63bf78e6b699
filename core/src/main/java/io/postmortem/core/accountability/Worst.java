package io.postmortem.core.accountability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Marks, per figure, the platforms with the worst value; nothing is marked where every platform is equal. */
final class Worst {
    /** Figures where more is worse; the others listed in LESS_IS_WORSE are shares or throughput. "Due soon" is neutral. */
    static final Set<String> MORE_IS_WORSE = Set.of("openActions", "overdueActions", "medianOpenAgeDays",
            "medianDaysToClose", "overduePostmortems");
    static final Set<String> LESS_IS_WORSE = Set.of("closedLast30Days", "onTimeShare", "postmortemsHeldOnTimeShare",
            "publishedShare");

    private Worst() {
    }

    static List<LeagueRow> mark(List<LeagueRow> rows) {
        List<Set<String>> marks = new ArrayList<>();
        rows.forEach(r -> marks.add(new HashSet<>()));
        for (String name : Figures.NAMES) {
            boolean more = MORE_IS_WORSE.contains(name);
            if (!more && !LESS_IS_WORSE.contains(name)) {
                continue;
            }
            Double worst = null;
            Double best = null;
            for (LeagueRow row : rows) {
                Number value = row.figures().values().get(name);
                if (value == null) {
                    continue;
                }
                double v = value.doubleValue();
                worst = worst == null ? v : (more ? Math.max(worst, v) : Math.min(worst, v));
                best = best == null ? v : (more ? Math.min(best, v) : Math.max(best, v));
            }
            if (worst == null || worst.equals(best)) {
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                Number value = rows.get(i).figures().values().get(name);
                if (value != null && value.doubleValue() == worst) {
                    marks.get(i).add(name);
                }
            }
        }
        List<LeagueRow> marked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LeagueRow row = rows.get(i);
            marked.add(new LeagueRow(row.platform(), row.figures(), row.change(), marks.get(i)));
        }
        return marked;
    }

}
