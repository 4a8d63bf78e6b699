package io.postmortem.plugin.linkage;

import io.postmortem.plugin.linkage.LinkedMembers.Member;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code atlassian-api/evidence.tsv}: one row per Atlassian member the plugin links, with where its signature was
 * seen. Checked against the class files by {@link #problems}: a linked member without a row, a row whose descriptor
 * differs from the class files, a row for a member no longer linked, a row without Jira 10/11 (Platform 7/8)
 * evidence that is not {@code guarded}, a {@code guarded} row linked from a class that does not go through the
 * guard, and a source that is not a docs.atlassian.com page or a public repository file at a commit. The guard is
 * checked per class (lambdas and nested classes count as their outer class); that each guarded call inside such a
 * class sits behind the guard is left to review and to the adapters' tests, which make guarded calls fail to link.
 */
final class EvidenceLedger {
    static final String HEADER = "member\tdescriptor\tseen_in\tsource";
    static final String GUARDED = "guarded";

    private static final Pattern MEMBER = Pattern.compile("com\\.atlassian\\.[\\w.$]+#[\\w$<>]+");
    private static final Pattern JIRA = Pattern.compile("Jira (\\d+)(\\.\\d+)*");
    private static final Pattern PLATFORM = Pattern.compile("Platform (\\d+)(\\.\\d+)*");
    private static final Pattern JAVADOC = Pattern.compile("https://docs\\.atlassian\\.com/\\S+");
    private static final Pattern REPOSITORY_FILE =
            Pattern.compile("https://github\\.com/[\\w.-]+/[\\w.-]+/blob/[0-9a-f]{40}/\\S+");

    record Row(int line, String member, String descriptor, String seenIn, String source) {
        Member key() {
            return new Member(member, descriptor);
        }
    }

    private final List<Row> rows;
    private final List<String> malformed;

    private EvidenceLedger(List<Row> rows, List<String> malformed) {
        this.rows = rows;
        this.malformed = malformed;
    }

    static EvidenceLedger read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static EvidenceLedger parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            malformed.add("line 1 must be the header '" + HEADER.replace("\t", "<TAB>") + "'");
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4 || java.util.Arrays.stream(fields).anyMatch(String::isBlank)) {
                malformed.add("line " + (i + 1) + ": four tab-separated non-empty fields expected: " + line);
                continue;
            }
            if (!MEMBER.matcher(fields[0]).matches()) {
                malformed.add("line " + (i + 1) + ": member must read like com.atlassian.jira.issue.Issue#getKey: "
                        + fields[0]);
                continue;
            }
            rows.add(new Row(i + 1, fields[0], fields[1], fields[2].strip(), fields[3].strip()));
        }
        return new EvidenceLedger(List.copyOf(rows), List.copyOf(malformed));
    }

    List<Row> rows() {
        return rows;
    }

    /** Everything wrong between the ledger and the linked members; empty when they agree. */
    List<String> problems(LinkedMembers linked) {
        List<String> problems = new ArrayList<>(malformed);
        Map<Member, Row> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            if (byKey.putIfAbsent(row.key(), row) != null) {
                problems.add("line " + row.line() + ": a second row for " + row.key());
            }
        }
        Map<String, List<Row>> byMember = rows.stream().collect(Collectors.groupingBy(Row::member));
        for (Map.Entry<Member, Set<String>> entry : linked.linkedBy().entrySet()) {
            Member member = entry.getKey();
            Row row = byKey.get(member);
            if (row == null) {
                List<Row> sameName = byMember.getOrDefault(member.member(), List.of());
                problems.add(sameName.isEmpty()
                        ? "no evidence row for " + member + " (linked by " + entry.getValue() + ")"
                        : "descriptor differs for " + member.member() + ": the classes link " + member.descriptor()
                        + ", evidence.tsv line " + sameName.get(0).line() + " says " + sameName.get(0).descriptor());
                continue;
            }
            if (row.seenIn().equals(GUARDED)) {
                List<String> unguarded = entry.getValue().stream().filter(c -> !linked.guarded(c)).toList();
                if (!unguarded.isEmpty()) {
                    problems.add("line " + row.line() + ": " + member + " is marked guarded but " + unguarded
                            + " link it without going through " + LinkedMembers.GUARD_OWNER.replace('/', '.'));
                }
            } else if (!jira10OrLater(row.seenIn())) {
                problems.add("line " + row.line() + ": " + member + " was seen only in " + row.seenIn()
                        + "; give Jira 10/11 (Platform 7/8) evidence or guard the call and mark it guarded");
            }
            if (!JAVADOC.matcher(row.source()).matches() && !REPOSITORY_FILE.matcher(row.source()).matches()) {
                problems.add("line " + row.line() + ": the source of " + member + " must be a docs.atlassian.com URL or "
                        + "https://github.com/<owner>/<repo>/blob/<commit>/<path>, not " + row.source());
            }
        }
        for (Row row : rows) {
            if (linked.linkedBy().containsKey(row.key())) {
                continue;
            }
            boolean reportedAsDiffering = linked.linkedBy().keySet().stream()
                    .anyMatch(m -> m.member().equals(row.member()) && !byKey.containsKey(m));
            if (!reportedAsDiffering) {
                problems.add("line " + row.line() + ": stale row, no plugin class links " + row.key());
            }
        }
        return problems;
    }

    /** "Jira 10", "Jira 11.3", "Platform 7", "Platform 8.2": the platform of Jira 10 is 7, of Jira 11 is 8. */
    static boolean jira10OrLater(String seenIn) {
        Matcher jira = JIRA.matcher(seenIn);
        if (jira.matches()) {
            return Integer.parseInt(jira.group(1)) >= 10;
        }
        Matcher platform = PLATFORM.matcher(seenIn);
        return platform.matches() && Integer.parseInt(platform.group(1)) >= 7;
    }
}
