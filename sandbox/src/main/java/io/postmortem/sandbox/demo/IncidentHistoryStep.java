package io.postmortem.sandbox.demo;

import io.postmortem.sandbox.db.Jdbc;
import org.springframework.context.ApplicationContext;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.Severity;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.TicketStore;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Eighteen months of incidents up to the demo's end: every severity, realistic summaries, owning and impacted
 * teams, components, and the times they started, were detected, raised and resolved. The newest are still open.
 */
public final class IncidentHistoryStep implements DemoSeedStep {
    static final int MONTHS = 18;

    private static final String[] SYMPTOMS = {
            "%s returning elevated 5xx errors",
            "%s latency above SLO",
            "Intermittent timeouts calling %s",
            "%s unavailable after deployment",
            "%s queue backlog growing",
            "Partial outage of %s in eu-west-1",
            "%s certificate expired",
            "Memory leak in %s causing restarts",
            "%s serving stale data",
            "Database connection pool exhausted in %s",
            "%s rejecting valid requests",
            "Config change broke %s",
            "%s degraded after dependency upgrade",
            "Disk full on %s hosts",
            "Rate limiting misfiring in %s",
            "%s duplicate processing of events",
    };
    private static final String[] PARTS = {"API", "service", "workers", "database", "consumers", "gateway"};

    @Override
    public String name() {
        return "incident history";
    }

    private record Planned(NewIssue issue, Instant inProgressAt, Instant resolvedAt, String severityBefore,
                           Instant severityChangedAt) {
    }

    @Override
    public void seed(DemoContext context) {
        Random random = context.random(name());
        List<Team> teams = context.organisation().directory().teams();
        Instant end = context.end();
        Instant start = ZonedDateTime.ofInstant(end, DemoOrganisation.LONDON).minusMonths(MONTHS).toInstant();
        List<Planned> planned = new ArrayList<>();
        for (Instant day = start.truncatedTo(ChronoUnit.DAYS); day.isBefore(end); day = day.plus(Duration.ofDays(1))) {
            int count = random.nextInt(4); // 0-3 a day, about 820 in all
            for (int i = 0; i < count; i++) {
                Instant startedAt = day.plus(Duration.ofMinutes(6 * 60 + random.nextInt(15 * 60)));
                Planned incident = plan(random, teams, startedAt, end);
                if (incident != null) {
                    planned.add(incident);
                }
            }
        }
        planned.sort(Comparator.comparing(p -> p.issue().createdAt()));
        ApplicationContext beans = context.context();
        TicketStore store = beans.getBean(TicketStore.class);
        beans.getBean(Jdbc.class).inTransaction(connection -> {
            for (Planned p : planned) {
                String key = store.create(connection, p.issue());
                String assignee = p.issue().assignee();
                if (p.severityChangedAt() != null) {
                    store.recordChange(connection, key, p.severityChangedAt(), "mim", SandboxFields.SEVERITY,
                            p.severityBefore(), p.issue().fields().get(SandboxFields.SEVERITY).get(0));
                }
                if (p.inProgressAt() != null) {
                    store.transition(connection, key, SandboxFields.IN_PROGRESS, assignee, p.inProgressAt());
                }
                if (p.resolvedAt() != null) {
                    store.transition(connection, key, SandboxFields.DONE, assignee, p.resolvedAt());
                }
            }
            return null;
        });
    }

    private static Planned plan(Random random, List<Team> teams, Instant startedAt, Instant end) {
        Severity severity = severity(random);
        Team owner = teams.get(random.nextInt(teams.size()));
        Set<String> impacted = new LinkedHashSet<>();
        int others = severity.isMajor() ? 1 + random.nextInt(4) : random.nextInt(2);
        for (int i = 0; i < others; i++) {
            Team other = teams.get(random.nextInt(teams.size()));
            if (!other.slug().equals(owner.slug())) {
                impacted.add(other.slug());
            }
        }
        String part = PARTS[random.nextInt(PARTS.length)];
        String service = owner.name() + " " + part;
        String summary = String.format(SYMPTOMS[random.nextInt(SYMPTOMS.length)], service);
        Instant detectedAt = startedAt.plus(Duration.ofMinutes(1 + (long) Math.abs(random.nextGaussian() * 25)));
        Instant createdAt = detectedAt.plus(Duration.ofMinutes(1 + random.nextInt(severity.isMajor() ? 5 : 30)));
        if (!createdAt.isBefore(end)) {
            return null;
        }
        Instant inProgressAt = createdAt.plus(Duration.ofMinutes(2 + random.nextInt(40)));
        Instant resolvedAt = inProgressAt.plus(duration(random, severity));
        String reporter = severity.isMajor() ? "mim" : random.nextBoolean() ? "sre" : "dev-" + owner.slug();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put(SandboxFields.SEVERITY, List.of(severity.name()));
        fields.put(SandboxFields.OWNING_TEAM, List.of(owner.slug()));
        fields.put(SandboxFields.IMPACTED_TEAMS, List.copyOf(impacted));
        fields.put(SandboxFields.STARTED_AT, List.of(startedAt.toString()));
        fields.put(SandboxFields.DETECTED_AT, List.of(detectedAt.toString()));
        fields.put(SandboxFields.COMPONENTS, List.of(owner.slug() + "-" + part));
        String description = "Raised by " + reporter + ". " + service + " was affected from "
                + startedAt + "; alerts fired at " + detectedAt + ".";
        NewIssue issue = new NewIssue(DemoOrganisation.INCIDENT_PROJECT, SandboxFields.INCIDENT, summary, description,
                priorityOf(severity), reporter, "dev-" + owner.slug(), fields, createdAt);
        // One in five incidents started one step less severe and was raised once the impact was clear.
        boolean escalated = severity != Severity.P5 && random.nextInt(5) == 0;
        Instant escalatedAt = createdAt.plus(Duration.ofMinutes(10 + random.nextInt(50)));
        return new Planned(issue,
                inProgressAt.isBefore(end) ? inProgressAt : null,
                resolvedAt.isBefore(end) ? resolvedAt : null,
                escalated ? Severity.values()[severity.ordinal() + 1].name() : null,
                escalated && escalatedAt.isBefore(end) ? escalatedAt : null);
    }

    private static Severity severity(Random random) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            return Severity.P1;
        }
        if (roll < 14) {
            return Severity.P2;
        }
        if (roll < 40) {
            return Severity.P3;
        }
        return roll < 72 ? Severity.P4 : Severity.P5;
    }

    private static Duration duration(Random random, Severity severity) {
        long minutes = switch (severity) {
            case P1 -> 30 + random.nextInt(6 * 60);
            case P2 -> 60 + random.nextInt(12 * 60);
            case P3 -> 120 + random.nextInt(2 * 24 * 60);
            case P4 -> 240 + random.nextInt(5 * 24 * 60);
            case P5 -> 24 * 60 + random.nextInt(10 * 24 * 60);
        };
        return Duration.ofMinutes(minutes);
    }

    /** Jira's default priority for each severity, so a mapping that reads priority sees the same severity. */
    public static String priorityOf(Severity severity) {
        return switch (severity) {
            case P1 -> "Highest";
            case P2 -> "High";
            case P3 -> "Medium";
            case P4 -> "Low";
            case P5 -> "Lowest";
        };
    }
}
