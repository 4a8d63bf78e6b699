package io.postmortem.plugin.rest.accountability;

import io.postmortem.core.accountability.ActionStatistics;
import io.postmortem.core.accountability.Figures;
import io.postmortem.core.accountability.JqlLinks;
import io.postmortem.core.accountability.LeagueRow;
import io.postmortem.core.accountability.PlatformReport;
import io.postmortem.core.accountability.TeamRow;
import io.postmortem.core.accountability.TrendPoint;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON (and CSV) shapes of the accountability API. Rows are ordered maps so the figure names are the JSON names
 * ({@code openActions}, ...) and the CSV columns in the same order; {@code links} are issue-navigator URLs whose
 * JQL lists exactly the counted tickets.
 */
public final class AccountabilityViews {

    private AccountabilityViews() {
    }

    public static Map<String, Object> leagueRow(LeagueRow row, String contextPath) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("platform", row.platform().slug());
        view.put("name", row.platform().name());
        view.put("lead", row.platform().lead());
        view.putAll(row.figures().values());
        view.put("change", row.change());
        Map<String, Boolean> worst = new LinkedHashMap<>();
        Figures.NAMES.forEach(n -> worst.put(n, row.worst().contains(n)));
        view.put("worst", worst);
        view.put("links", links(row.platform().slug(), contextPath));
        return view;
    }

    public static Map<String, Object> platform(PlatformReport report, String contextPath) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("platform", report.platform().slug());
        view.put("name", report.platform().name());
        view.put("lead", report.platform().lead());
        view.put("today", report.today().toString());
        view.putAll(report.figures().values());
        view.put("counts", counts(report.figures()));
        view.put("change", report.change());
        view.put("links", links(report.platform().slug(), contextPath));
        List<Map<String, Object>> teams = new ArrayList<>();
        for (TeamRow team : report.teams()) {
            teams.add(teamRow(team, contextPath));
        }
        view.put("teams", teams);
        List<Map<String, Object>> oldest = new ArrayList<>();
        for (ActionStatistics.ActionLine line : report.oldestOverdue()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", line.problemKey());
            item.put("summary", line.summary());
            item.put("team", line.team());
            item.put("dueDate", line.dueDate().toString());
            item.put("daysOverdue", report.today().toEpochDay() - line.dueDate().toEpochDay());
            item.put("assignee", line.assignee());
            item.put("url", contextPath + "/browse/" + line.problemKey());
            oldest.add(item);
        }
        view.put("oldestOverdue", oldest);
        return view;
    }

    public static Map<String, Object> teamRow(TeamRow row, String contextPath) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("team", row.team().slug());
        view.put("name", row.team().name());
        view.putAll(row.figures().values());
        view.put("change", row.change());
        view.put("links", links(row.team().slug(), contextPath));
        return view;
    }

    public static List<Map<String, Object>> trend(List<TrendPoint> points) {
        List<Map<String, Object>> view = new ArrayList<>();
        for (TrendPoint point : points) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("month", point.month().toString());
            item.put("openActions", point.openActions());
            item.put("closedActions", point.closedActions());
            item.put("overduePostmortems", point.overduePostmortems());
            view.add(item);
        }
        return view;
    }

    /** The counts behind shares and medians, so a share reads as "n of m". */
    static Map<String, Long> counts(Figures f) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("closedLast90Days", f.closedLast90Days());
        counts.put("closedOnTimeLast90Days", f.closedOnTimeLast90Days());
        counts.put("postmortemsDue", f.postmortemsDue());
        counts.put("postmortemsHeldOnTime", f.postmortemsHeldOnTime());
        counts.put("majorPostmortems", f.majorPostmortems());
        counts.put("publishedPostmortems", f.publishedPostmortems());
        return counts;
    }

    static Map<String, String> links(String slug, String contextPath) {
        Map<String, String> links = new LinkedHashMap<>();
        JqlLinks.forGroup(slug).forEach((name, jql) -> links.put(name, navigator(contextPath, jql)));
        return links;
    }

    public static String navigator(String contextPath, String jql) {
        return contextPath + "/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A CSV table: a header line and a line per row of the given columns; values quoted when they need it. */
    public static String csv(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                Object value = row.get(column);
                cells.add(cell(value == null ? "" : value.toString()));
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        // A leading =, +, - or @ would be a formula in a spreadsheet; prefix it so it stays text.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+") ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
