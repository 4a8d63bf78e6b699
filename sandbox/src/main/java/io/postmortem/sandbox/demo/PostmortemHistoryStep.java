package io.postmortem.sandbox.demo;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.db.Jdbc;
import io.postmortem.sandbox.tickets.TicketStore;
import org.springframework.context.ApplicationContext;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Meeting;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemPolicy;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.postmortem.SectionRevision;
import io.postmortem.core.postmortemissue.PostmortemIssueFollower;
import io.postmortem.core.shared.Severity;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.SandboxPostmortemTickets;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A postmortem for every resolved P1–P3 incident (and a few P4s someone asked for by hand): the Postmortem issue in
 * the postmortem project, linked "reviews" to the incident, and the product's record written straight into its store
 * (no events, no mail). Due dates and facilitators follow the policies; meetings are mostly held on time; older
 * postmortems are published, recent ones in review or draft, and only a handful of recent drafts are overdue, so the
 * daily reminders have something to say but do not flood the outbox.
 */
public final class PostmortemHistoryStep implements DemoSeedStep {
    /** At most this many drafts are overdue at the demo's end. */
    static final int MAX_OVERDUE = 5;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public String name() {
        return "postmortem history";
    }

    private record Planned(Incident incident, String creator, Postmortem postmortem, List<SectionRevision> revisions) {
    }

    @Override
    public void seed(DemoContext context) {
        Random random = context.random(name());
        ApplicationContext beans = context.context();
        Configuration configuration = beans.getBean(ConfigurationStore.class).load();
        PostmortemPolicy policy = new PostmortemPolicy(configuration);
        BusinessCalendar calendar = configuration.policies().calendar();
        Instant end = context.end();
        LocalDate today = calendar.dayOf(end);
        List<Incident> resolved = DemoIncidents.load(beans).values().stream()
                .filter(Incident::isResolved).filter(i -> i.resolvedAt().isBefore(end))
                .sorted(Comparator.comparing(Incident::resolvedAt).thenComparing(Incident::key)).toList();
        List<Planned> planned = new ArrayList<>();
        int overdue = 0;
        for (Incident incident : resolved) {
            boolean required = policy.requiresPostmortem(incident);
            boolean byHand = !required && incident.severity() == Severity.P4 && random.nextInt(20) == 0;
            if (!required && !byHand) {
                continue;
            }
            Instant createdAt = incident.resolvedAt().plus(byHand
                    ? Duration.ofHours(2 + random.nextInt(40)) : Duration.ofSeconds(2 + random.nextInt(60)));
            if (!createdAt.isBefore(end)) {
                if (byHand) {
                    continue;
                }
                createdAt = incident.resolvedAt();
            }
            String creator = byHand ? "dev-" + incident.owningTeam() : incident.assignee();
            Plan plan = plan(random, incident, createdAt, configuration, end, today, overdue < MAX_OVERDUE);
            if (plan.postmortem().isOverdue(today)) {
                overdue++;
            }
            planned.add(new Planned(incident, creator, plan.postmortem(), plan.revisions()));
        }
        // The issues first, in one transaction, in creation order so keys grow with time.
        planned.sort(Comparator.comparing((Planned p) -> p.postmortem().createdAt()).thenComparing(p -> p.incident().key()));
        List<String> keys = beans.getBean(Jdbc.class).inTransaction(connection -> {
            List<String> created = new ArrayList<>();
            for (Planned p : planned) {
                // The issue shows what the product keeps it in step with: facilitator, due date, the incident's
                // priority, the state through its status and, once published, the summary.
                Postmortem document = p.postmortem();
                String assignee = PostmortemIssueFollower.facilitator(document, configuration);
                String summary = document.section(Section.SUMMARY);
                String key = beans.getBean(TicketStore.class).create(connection, new NewIssue(configuration.incidentMapping().postmortemProject(),
                        SandboxFields.POSTMORTEM, "Postmortem: " + p.incident().summary(),
                        document.isPublished() && !summary.isBlank() ? summary
                                : "Blameless postmortem of " + p.incident().key() + ".",
                        IncidentHistoryStep.priorityOf(document.severity()), p.creator(), assignee,
                        Map.of(SandboxFields.DUE_DATE, List.of(document.dueDate().toString())), document.createdAt()));
                beans.getBean(TicketStore.class).link(connection, key, p.incident().key(), SandboxPostmortemTickets.REVIEWS);
                if (document.status() != PostmortemStatus.DRAFT) {
                    boolean published = document.isPublished();
                    beans.getBean(TicketStore.class).transition(connection, key, published ? SandboxFields.DONE : SandboxFields.IN_PROGRESS,
                            configuration.postmortemIssue().resolution(), assignee == null ? p.creator() : assignee,
                            java.util.Objects.requireNonNullElse(published ? document.publishedAt() : document.heldAt(),
                                    document.createdAt()));
                }
                created.add(key);
            }
            return created;
        });
        context.inOneTransaction(() -> {
            for (int i = 0; i < planned.size(); i++) {
                Planned p = planned.get(i);
                String key = keys.get(i);
                Postmortem stored = beans.getBean(AoPostmortemRepository.class).insert(withKey(p.postmortem(), key));
                List<SectionRevision> revisions = p.revisions().stream()
                        .map(r -> new SectionRevision(key, r.part(), r.text(), r.author(), r.at())).toList();
                if (!revisions.isEmpty()) {
                    beans.getBean(AoPostmortemRepository.class).update(stored, revisions);
                }
            }
        });
    }

    private record Plan(Postmortem postmortem, List<SectionRevision> revisions) {
    }

    private static Plan plan(Random random, Incident incident, Instant createdAt, Configuration configuration,
                             Instant end, LocalDate today, boolean mayBeOverdue) {
        PostmortemPolicy policy = new PostmortemPolicy(configuration);
        BusinessCalendar calendar = configuration.policies().calendar();
        Severity severity = policy.severityOf(incident);
        LocalDate due = policy.meetingDueDate(incident, createdAt);
        Facilitator facilitator = policy.facilitatorOf(incident);
        String facilitatorUser = facilitator.isMim() ? "mim" : "dev-" + facilitator.name();
        String platform = configuration.directory().team(incident.owningTeam()).map(Team::platform).orElse(null);
        double discipline = DemoStories.discipline(platform);
        long ageDays = Duration.between(incident.resolvedAt(), end).toDays();

        // The meeting: on time for most, a few business days late for some; recent ones may not be booked yet.
        boolean onTime = random.nextDouble() < 0.55 + 0.4 * discipline;
        boolean unbooked = ageDays < 15 && random.nextInt(3) == 0;
        if (!mayBeOverdue) {
            onTime = true;
            unbooked = unbooked && !today.isAfter(due);
        }
        Meeting meeting = null;
        if (!unbooked) {
            LocalDate meetingDay = onTime
                    ? calendar.addBusinessDays(createdAt, 1 + random.nextInt(
                            Math.max(1, calendar.businessDaysBetween(calendar.dayOf(createdAt), due))))
                    : calendar.addBusinessDays(due, 1 + random.nextInt(8));
            int minutes = severity == Severity.P1 ? 90 : severity == Severity.P2 ? 60 : 45;
            Instant start = meetingDay.atTime(LocalTime.of(10, 0).plusMinutes(30L * random.nextInt(12)))
                    .atZone(calendar.zone()).toInstant();
            meeting = new Meeting(start, minutes, DemoStories.pick(DemoStories.ROOMS, random), 0);
        }
        Instant heldAt = meeting != null && meeting.end().isBefore(end) ? meeting.end() : null;

        PostmortemStatus status;
        Instant publishedAt = null;
        if (heldAt == null) {
            status = PostmortemStatus.DRAFT;
        } else {
            Instant publish = heldAt.plus(Duration.ofHours(3 + random.nextInt(24 * (onTime ? 6 : 12))));
            double publishedShare = ageDays > 45 ? 0.97 : ageDays > 14 ? 0.6 : 0.2;
            if (publish.isBefore(end) && random.nextDouble() < publishedShare) {
                status = PostmortemStatus.PUBLISHED;
                publishedAt = publish;
            } else {
                // In review, and now and then sent back to draft for another pass.
                status = ageDays < 30 && random.nextInt(6) == 0 ? PostmortemStatus.DRAFT : PostmortemStatus.IN_REVIEW;
            }
        }

        String service = DemoIncidents.service(incident, configuration);
        DemoStories.Story story = DemoStories.forSummary(incident.summary(), random);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        List<RootCause> causes = new ArrayList<>();
        long impactMinutes = Math.max(1, Duration.between(incident.startedAt(), incident.resolvedAt()).toMinutes());
        long detectMinutes = Math.max(1, Duration.between(incident.startedAt(), incident.detectedAt()).toMinutes());
        sections.put(Section.SUMMARY, "On " + calendar.dayOf(incident.startedAt()) + ": " + incident.summary()
                + ". " + DemoStories.fill(story.trigger(), service) + " Impact lasted " + duration(impactMinutes)
                + "; " + lowerFirst(story.resolution()));
        sections.put(Section.IMPACT, impact(severity, service, incident, impactMinutes, random));
        boolean full = heldAt != null || random.nextBoolean();
        if (full) {
            causes.add(story.cause(random, service));
            int contributing = random.nextInt(3);
            for (int i = 0; i < contributing; i++) {
                RootCause extra = DemoStories.pick(DemoStories.CONTRIBUTING, random);
                RootCause filled = new RootCause(DemoStories.fill(extra.description(), service), extra.category());
                if (!causes.contains(filled)) {
                    causes.add(filled);
                }
            }
            sections.put(Section.ROOT_CAUSES, String.join("\n", causes.stream().map(c -> "- " + c.description()).toList()));
            sections.put(Section.TRIGGER, DemoStories.fill(story.trigger(), service));
            sections.put(Section.DETECTION, DemoStories.fill(story.detection(), service) + " Time to detect: "
                    + duration(detectMinutes) + ".");
            sections.put(Section.RESOLUTION, DemoStories.fill(story.resolution(), service) + " Resolved at "
                    + TIME.format(incident.resolvedAt().atZone(calendar.zone())) + " (" + calendar.zone().getId() + ").");
            sections.put(Section.WENT_WELL, bullets(DemoStories.WENT_WELL, 2, service, random));
            sections.put(Section.WENT_WRONG, bullets(DemoStories.WENT_WRONG, 1 + random.nextInt(2), service, random));
            if (random.nextBoolean()) {
                sections.put(Section.GOT_LUCKY, bullets(DemoStories.LUCKY, 1, service, random));
            }
            sections.put(Section.SUPPORTING_LINKS, "- Incident " + incident.key() + "\n- https://grafana.example.com/d/"
                    + DemoOrganisation.slug(service) + "\n- https://status.example.com/incidents/"
                    + incident.key().toLowerCase(java.util.Locale.ROOT));
        }
        Postmortem postmortem = new Postmortem(null, incident.key(), severity, incident.owningTeam(), platform, status,
                due, facilitator, sections, causes, null, meeting, createdAt, heldAt, publishedAt, 0);

        // One kept edit by the owning team, and the publication by the facilitator.
        List<SectionRevision> revisions = new ArrayList<>();
        Instant wrote = createdAt.plus(Duration.ofMinutes(30 + random.nextInt(600)));
        if (wrote.isBefore(end)) {
            revisions.add(new SectionRevision(null, Section.SUMMARY.name(), sections.get(Section.SUMMARY),
                    "dev-" + incident.owningTeam(), wrote));
        }
        if (publishedAt != null) {
            revisions.add(new SectionRevision(null, "STATUS", PostmortemStatus.PUBLISHED.name(), facilitatorUser, publishedAt));
        }
        return new Plan(postmortem, revisions);
    }


    private static String impact(Severity severity, String service, Incident incident, long minutes, Random random) {
        String who = switch (severity) {
            case P1 -> "Most customers";
            case P2 -> "About " + (20 + random.nextInt(40)) + "% of customers";
            default -> "About " + (1 + random.nextInt(15)) + "% of requests";
        };
        String teams = incident.impactedTeams().isEmpty() ? ""
                : " Teams depending on it (" + String.join(", ", incident.impactedTeams()) + ") saw errors as well.";
        return who + " of " + service + " were affected for " + duration(minutes) + "." + teams
                + (severity.isMajor() ? " Support received " + (20 + random.nextInt(300)) + " contacts." : "");
    }

    private static String bullets(List<String> pool, int count, String service, Random random) {
        List<String> lines = new ArrayList<>();
        while (lines.size() < count) {
            String line = "- " + DemoStories.fill(DemoStories.pick(pool, random), service);
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    private static String duration(long minutes) {
        if (minutes < 120) {
            return minutes + " minutes";
        }
        return minutes < 48 * 60 ? (minutes / 60) + " hours" : (minutes / (24 * 60)) + " days";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Postmortem withKey(Postmortem p, String key) {
        return new Postmortem(key, p.incidentKey(), p.severity(), p.owningTeam(), p.platform(), p.status(), p.dueDate(),
                p.facilitator(), p.sections(), p.rootCauses(), p.noActionsReason(), p.meeting(), p.createdAt(),
                p.heldAt(), p.publishedAt(), p.version());
    }
}
