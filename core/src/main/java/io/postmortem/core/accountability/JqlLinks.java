package io.postmortem.core.accountability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JQL query behind each dashboard figure of a platform or team: it lists exactly the tickets the figure counts
 * (for a median, the tickets it is the median of; for a share, the tickets of its numerator).
 */
public final class JqlLinks {

    private JqlLinks() {
    }

    public static Map<String, String> forGroup(String slug) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("openActions", actions(slug, ActionFigure.OPEN));
        links.put("overdueActions", "issue in overdueActions(" + quote(slug) + ")");
        links.put("dueSoonActions", actions(slug, ActionFigure.DUE_SOON));
        links.put("closedLast30Days", actions(slug, ActionFigure.CLOSED_LAST_30_DAYS));
        links.put("medianOpenAgeDays", actions(slug, ActionFigure.OPEN));
        links.put("medianDaysToClose", actions(slug, ActionFigure.CLOSED_LAST_90_DAYS));
        links.put("onTimeShare", actions(slug, ActionFigure.CLOSED_ON_TIME_LAST_90_DAYS));
        links.put("overduePostmortems", "issue in postmortemsOverdue(" + quote(slug) + ")");
        links.put("postmortemsHeldOnTimeShare", postmortems(slug, PostmortemFigure.HELD_ON_TIME));
        links.put("publishedShare", postmortems(slug, PostmortemFigure.PUBLISHED));
        return links;
    }

    public static String actionsOfPostmortem(String key) {
        return "issue in actionsOfPostmortem(" + quote(key) + ")";
    }

    private static String actions(String slug, ActionFigure figure) {
        return "issue in actionsOf(" + quote(slug) + ", " + quote(figure.argument()) + ")";
    }

    private static String postmortems(String slug, PostmortemFigure figure) {
        return "issue in postmortemsOf(" + quote(slug) + ", " + quote(figure.argument()) + ")";
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
