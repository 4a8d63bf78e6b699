package io.postmortem.core.config;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform directory as a spreadsheet: one row per team, with its platform repeated on each row.
 * Columns are found by their header names in any order ({@code component} may be left out). Rows are numbered
 * as a spreadsheet shows them: the header is row 1, so the first team is row 2. Every problem is named
 * {@code row N.column}, e.g. {@code row 3.project}.
 */
public final class DirectoryCsv {
    public static final List<String> REQUIRED_COLUMNS = List.of(
            "platform_slug", "platform_name", "platform_lead", "team_slug", "team_name", "project", "group");
    public static final List<String> COLUMNS = List.of(
            "platform_slug", "platform_name", "platform_lead", "team_slug", "team_name", "project", "component", "group");

    private static final Map<String, String> PLATFORM_COLUMNS = Map.of(
            "slug", "platform_slug", "name", "platform_name", "lead", "platform_lead");
    private static final Map<String, String> TEAM_COLUMNS = Map.of(
            "slug", "team_slug", "name", "team_name", "platform", "platform_slug", "projectKey", "project",
            "component", "component", "group", "group");

    private DirectoryCsv() {
    }

    /**
     * A directory read from CSV, with the row each platform and team came from, so problems found later by the
     * {@link ConfigurationValidator} can be reported against the row and column an administrator sees.
     */
    public record Parsed(Directory directory, List<Integer> platformRows, List<Integer> teamRows,
                         Map<String, String> rowErrors) {

        public Parsed {
            rowErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rowErrors));
        }

        /** The {@code row N.column} name of a validator problem about this directory. */
        public String key(Problem problem) {
            return switch (problem.part()) {
                case PLATFORM -> "row " + platformRows.get(problem.index()) + "."
                        + PLATFORM_COLUMNS.getOrDefault(problem.field(), problem.field());
                case TEAM -> "row " + teamRows.get(problem.index()) + "."
                        + TEAM_COLUMNS.getOrDefault(problem.field(), problem.field());
                default -> problem.path();
            };
        }
    }

    /**
     * Reads the CSV; the MIM and SRE groups are kept from {@code current}, since a spreadsheet of teams does not
     * carry them. A file that cannot be read as a table (missing or unknown columns, an unclosed quote) is refused
     * at once with a {@link ValidationException}; problems of single rows (wrong number of fields, a platform
     * described differently on two rows) are returned in {@link Parsed#rowErrors()} so they can be listed
     * together with what the validator finds.
     */
    public static Parsed parse(String csv, Directory current) {
        List<List<String>> records = records(csv == null ? "" : csv);
        Map<String, String> errors = new LinkedHashMap<>();
        if (records.isEmpty()) {
            throw new ValidationException("body", "The CSV is empty; the first row names the columns: "
                    + String.join(",", COLUMNS) + ".");
        }
        Map<String, Integer> column = new LinkedHashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                errors.put("row 1." + (name.isEmpty() ? "column " + (i + 1) : name), "Unknown column; use "
                        + String.join(", ", COLUMNS) + ".");
            } else if (column.putIfAbsent(name, i) != null) {
                errors.put("row 1." + name, "The column appears twice.");
            }
        }
        REQUIRED_COLUMNS.stream().filter(name -> !column.containsKey(name))
                .forEach(name -> errors.put("row 1." + name, "Missing column."));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }

        Map<String, Platform> platforms = new LinkedHashMap<>();
        Map<String, Integer> platformRow = new LinkedHashMap<>();
        List<Team> teams = new ArrayList<>();
        List<Integer> teamRows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            int row = r + 1;
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                errors.put("row " + row, "Expected " + header.size() + " fields, found " + record.size() + ".");
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            column.forEach((name, index) -> cells.put(name, record.get(index).trim()));
            String platformSlug = cells.get("platform_slug");
            Platform platform = new Platform(platformSlug, cells.get("platform_name"), cells.get("platform_lead"));
            Platform earlier = platforms.get(platformSlug);
            if (earlier == null) {
                platforms.put(platformSlug, platform);
                platformRow.put(platformSlug, row);
            } else if (!platformSlug.isEmpty()) {
                int first = platformRow.get(platformSlug);
                if (!earlier.name().equals(platform.name())) {
                    errors.put("row " + row + ".platform_name", "Row " + first + " names platform " + platformSlug
                            + " \"" + earlier.name() + "\".");
                }
                if (!earlier.lead().equals(platform.lead())) {
                    errors.put("row " + row + ".platform_lead", "Row " + first + " gives platform " + platformSlug
                            + " the lead " + earlier.lead() + ".");
                }
            }
            String component = cells.getOrDefault("component", "");
            teams.add(new Team(cells.get("team_slug"), cells.get("team_name"), platformSlug, cells.get("project"),
                    component.isEmpty() ? null : component, cells.get("group")));
            teamRows.add(row);
        }
        Directory directory = new Directory(new ArrayList<>(platforms.values()), teams,
                current.mimGroup(), current.sreGroup());
        return new Parsed(directory, new ArrayList<>(platformRow.values()), teamRows, errors);
    }

    /** The directory as CSV, one row per team, in the same columns {@link #parse} reads. */
    public static String write(Directory directory) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Team team : directory.teams()) {
            Platform platform = directory.platform(team.platform()).orElse(new Platform(team.platform(), "", ""));
            List<String> cells = List.of(platform.slug(), platform.name(), platform.lead(), team.slug(), team.name(),
                    team.projectKey(), team.component() == null ? "" : team.component(), team.group());
            out.append(String.join(",", cells.stream().map(DirectoryCsv::quote).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String cell) {
        String text = cell == null ? "" : cell;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** RFC 4180 records: commas, double quotes doubled inside quoted fields, line breaks inside quotes allowed. */
    static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int start = csv.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < csv.length(); i++) {
            char c = csv.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ValidationException("row " + (records.size() + 1), "A quoted field is not closed.");
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
