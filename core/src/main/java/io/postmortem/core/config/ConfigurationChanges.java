package io.postmortem.core.config;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two configurations, as lines an administrator can read in the audit log, e.g.
 * {@code Team payments-api: project PAY -> PAYM}. Equal configurations give no lines.
 */
public final class ConfigurationChanges {
    private static final String NONE = "(none)";

    private ConfigurationChanges() {
    }

    public static List<String> between(Configuration before, Configuration after) {
        List<String> lines = new ArrayList<>();
        directory(before.directory(), after.directory(), lines);
        mapping(before.incidentMapping(), after.incidentMapping(), lines);
        policies(before.policies(), after.policies(), lines);
        java.util.Set<String> languages = new java.util.TreeSet<>(before.blameless().ruleExtensions().keySet());
        languages.addAll(after.blameless().ruleExtensions().keySet());
        for (String language : languages) {
            if (!before.blameless().extensionFor(language).equals(after.blameless().extensionFor(language))) {
                lines.add("Blameless review rules (" + language + "): administrator's additions changed");
            }
        }
        change("Engineering-wide group", before.learning().engineeringGroup(), after.learning().engineeringGroup(), lines);
        change("Root-cause categories", String.join(", ", before.learning().rootCauseCategories()),
                String.join(", ", after.learning().rootCauseCategories()), lines);
        PostmortemIssuePolicy oldIssue = before.postmortemIssue();
        PostmortemIssuePolicy newIssue = after.postmortemIssue();
        change("Postmortem issue: transition to Draft", oldIssue.draftTransition(), newIssue.draftTransition(), lines);
        change("Postmortem issue: transition to In review", oldIssue.inReviewTransition(),
                newIssue.inReviewTransition(), lines);
        change("Postmortem issue: transition to Published", oldIssue.publishedTransition(),
                newIssue.publishedTransition(), lines);
        change("Postmortem issue: resolution", oldIssue.resolution(), newIssue.resolution(), lines);
        change("Postmortem issue: MIM facilitator", oldIssue.mimFacilitator(), newIssue.mimFacilitator(), lines);
        change("Postmortem issue: team facilitators", new java.util.TreeMap<>(oldIssue.teamFacilitators()).toString(),
                new java.util.TreeMap<>(newIssue.teamFacilitators()).toString(), lines);
        change("Criteria that gate publishing", String.join(", ", before.quality().gatingCriteria()),
                String.join(", ", after.quality().gatingCriteria()), lines);
        change("Quality bar", String.valueOf(before.quality().bar()), String.valueOf(after.quality().bar()), lines);
        change("Publish within business days", String.valueOf(before.quality().publishWithinBusinessDays()),
                String.valueOf(after.quality().publishWithinBusinessDays()), lines);
        return lines;
    }

    private static void directory(Directory before, Directory after, List<String> lines) {
        Map<String, Platform> oldPlatforms = bySlug(before.platforms(), Platform::slug);
        Map<String, Platform> newPlatforms = bySlug(after.platforms(), Platform::slug);
        oldPlatforms.keySet().stream().filter(slug -> !newPlatforms.containsKey(slug))
                .forEach(slug -> lines.add("Platform " + slug + " removed"));
        newPlatforms.forEach((slug, platform) -> {
            Platform old = oldPlatforms.get(slug);
            if (old == null) {
                lines.add("Platform " + slug + " added: name " + platform.name() + ", lead " + platform.lead());
                return;
            }
            String prefix = "Platform " + slug + ": ";
            field(prefix, "name", old.name(), platform.name(), lines);
            field(prefix, "lead", old.lead(), platform.lead(), lines);
        });
        Map<String, Team> oldTeams = bySlug(before.teams(), Team::slug);
        Map<String, Team> newTeams = bySlug(after.teams(), Team::slug);
        oldTeams.keySet().stream().filter(slug -> !newTeams.containsKey(slug))
                .forEach(slug -> lines.add("Team " + slug + " removed"));
        newTeams.forEach((slug, team) -> {
            Team old = oldTeams.get(slug);
            if (old == null) {
                lines.add("Team " + slug + " added: name " + team.name() + ", platform " + team.platform()
                        + ", project " + team.projectKey() + ", component " + text(team.component())
                        + ", group " + team.group());
                return;
            }
            String prefix = "Team " + slug + ": ";
            field(prefix, "name", old.name(), team.name(), lines);
            field(prefix, "platform", old.platform(), team.platform(), lines);
            field(prefix, "project", old.projectKey(), team.projectKey(), lines);
            field(prefix, "component", old.component(), team.component(), lines);
            field(prefix, "group", old.group(), team.group(), lines);
        });
        change("MIM group", before.mimGroup(), after.mimGroup(), lines);
        change("SRE group", before.sreGroup(), after.sreGroup(), lines);
    }

    private static void mapping(IncidentMapping before, IncidentMapping after, List<String> lines) {
        change("Incident issue types", String.join(", ", before.incidentIssueTypes()),
                String.join(", ", after.incidentIssueTypes()), lines);
        change("Severity source", before.severitySource(), after.severitySource(), lines);
        change("Severity field", before.severityField(), after.severityField(), lines);
        keyed("Severity value ", new TreeMap<>(before.severityValues()), new TreeMap<>(after.severityValues()), "",
                lines);
        change("Owning team source", before.owningTeamSource(), after.owningTeamSource(), lines);
        change("Owning team field", before.owningTeamField(), after.owningTeamField(), lines);
        change("Impacted teams source", before.impactedTeamsSource(), after.impactedTeamsSource(), lines);
        change("Impacted teams field", before.impactedTeamsField(), after.impactedTeamsField(), lines);
        change("Postmortem project", before.postmortemProject(), after.postmortemProject(), lines);
    }

    private static void policies(Policies before, Policies after, List<String> lines) {
        change("Postmortem required for", sorted(before.postmortemSeverities()), sorted(after.postmortemSeverities()),
                lines);
        keyed("Meeting due ", new TreeMap<>(before.meetingDueBusinessDays()),
                new TreeMap<>(after.meetingDueBusinessDays()), " business days", lines);
        keyed("Facilitator ", new TreeMap<>(before.facilitator()), new TreeMap<>(after.facilitator()), "", lines);
        for (Severity severity : Severity.values()) {
            Map<Priority, Integer> old = before.actionDueBusinessDays().getOrDefault(severity, Map.of());
            Map<Priority, Integer> now = after.actionDueBusinessDays().getOrDefault(severity, Map.of());
            keyed("Action due " + severity + " ", new TreeMap<>(old), new TreeMap<>(now), " business days", lines);
        }
        calendar(before.calendar(), after.calendar(), lines);
        change("Escalate overdue postmortems after", before.escalateAfterBusinessDays() + " business days",
                after.escalateAfterBusinessDays() + " business days", lines);
        change("Action due soon notice", before.actionDueSoonBusinessDays() + " business days before",
                after.actionDueSoonBusinessDays() + " business days before", lines);
        change("Lead digest day", before.leadDigestDay(), after.leadDigestDay(), lines);
    }

    private static void calendar(BusinessCalendar before, BusinessCalendar after, List<String> lines) {
        change("Time zone", before.zone(), after.zone(), lines);
        change("Weekend", sorted(before.weekend()), sorted(after.weekend()), lines);
        new TreeSet<>(before.holidays()).stream().filter(day -> !after.holidays().contains(day))
                .forEach(day -> lines.add("Holiday " + day + " removed"));
        new TreeSet<>(after.holidays()).stream().filter(day -> !before.holidays().contains(day))
                .forEach(day -> lines.add("Holiday " + day + " added"));
    }

    /** One line per key whose value was added, removed or changed. */
    private static <K, V> void keyed(String label, Map<K, V> before, Map<K, V> after, String unit, List<String> lines) {
        Map<K, Boolean> keys = new LinkedHashMap<>();
        before.keySet().forEach(k -> keys.put(k, true));
        after.keySet().forEach(k -> keys.put(k, true));
        for (K key : keys.keySet()) {
            V old = before.get(key);
            V now = after.get(key);
            if (!Objects.equals(old, now)) {
                lines.add(label + key + ": " + (old == null ? NONE : old + unit) + " -> " + (now == null ? NONE : now + unit));
            }
        }
    }

    /** A field of a platform or team: {@code Team payments-api: project PAY -> PAYM}. */
    private static void field(String prefix, String name, String before, String after, List<String> lines) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            lines.add(prefix + name + " " + text(before) + " -> " + text(after));
        }
    }

    private static void change(String label, Object before, Object after, List<String> lines) {
        String old = before == null ? null : before.toString();
        String now = after == null ? null : after.toString();
        if (!Objects.equals(blankToNull(old), blankToNull(now))) {
            lines.add(label + ": " + text(old) + " -> " + text(now));
        }
    }

    private static String sorted(Collection<? extends Enum<?>> values) {
        String joined = values.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        return joined.isEmpty() ? NONE : joined;
    }

    private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
        Map<String, T> result = new LinkedHashMap<>();
        items.forEach(item -> result.putIfAbsent(slug.apply(item), item));
        return result;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
