package io.postmortem.sandbox.demo;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.action.AoIdeaRepository;
import io.postmortem.plugin.persistence.mail.AoNotificationLedger;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.db.Jdbc;
import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.tickets.TicketStore;
import org.springframework.context.ApplicationContext;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionChange;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.action.Idea;
import io.postmortem.core.action.ItemRef;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.Policies;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.SandboxProblemTickets;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One to four actions per postmortem, each a Problem ticket in the owning (or an impacted) team's project linked
 * "is action of" to the postmortem and the incident, and the product's action record with its history. Due dates
 * follow the policy; what became of each action depends on its platform's discipline, so some platforms close
 * nearly everything on time and others carry a long tail of overdue actions. Some postmortems also noted ideas: a
 * few promoted to actions, a few marked the same as an earlier one. Reminders for actions that were already due
 * soon or overdue before the demo's end are recorded as sent, as the daily job would have done, so moving the clock
 * mails only what becomes due from then on.
 */
public final class ActionHistoryStep implements DemoSeedStep {
    private static final List<DemoStories.ActionIdea> GENERAL = List.of(
            new DemoStories.ActionIdea(ActionType.PROCESS, "Update the {service} runbook with what this incident taught us"),
            new DemoStories.ActionIdea(ActionType.DETECT, "Add a synthetic check for the main {service} journey"),
            new DemoStories.ActionIdea(ActionType.INVESTIGATE, "Find out why the first mitigation of {service} did not take effect"),
            new DemoStories.ActionIdea(ActionType.PROCESS, "Rehearse the {service} failover in the next game day"));
    private static final List<String> KEPT_IDEAS = List.of(
            "Write down which dashboards helped during this incident",
            "Share the incident channel summary with the support team",
            "Review paging rules for out-of-hours alerts",
            "Add the service to the next game day");
    private static final List<String> OVERRIDE_REASONS = List.of(
            "Waits for the vendor's fixed release, announced for next quarter.",
            "Needs the platform migration to finish first.",
            "Agreed with the Platform Lead: the team is on the payments freeze until then.");

    @Override
    public String name() {
        return "action history";
    }

    /** A planned action with its ticket and what happens to it. */
    private static final class Planned {
        Postmortem postmortem;
        Incident incident;
        Team team;
        String template;
        Action action;
        Instant inProgressAt;
        String ticketKey;
        boolean fromIdea;
        String sameAsTemplate;
    }

    @Override
    public void seed(DemoContext context) {
        Random random = context.random(name());
        ApplicationContext beans = context.context();
        Configuration configuration = beans.getBean(ConfigurationStore.class).load();
        Policies policies = configuration.policies();
        BusinessCalendar calendar = policies.calendar();
        Instant end = context.end();
        LocalDate today = calendar.dayOf(end);
        Map<String, Incident> incidents = DemoIncidents.load(beans);

        List<Planned> planned = new ArrayList<>();
        for (Postmortem postmortem : beans.getBean(AoPostmortemRepository.class).all()) {
            Incident incident = incidents.get(postmortem.incidentKey());
            boolean held = postmortem.heldAt() != null;
            int count = held ? 1 + random.nextInt(4) : random.nextInt(3);
            Instant raisedFrom = held ? postmortem.heldAt() : postmortem.createdAt().plus(Duration.ofHours(2));
            String service = DemoIncidents.service(incident, configuration);
            DemoStories.Story story = DemoStories.forSummary(incident.summary(), random);
            List<DemoStories.ActionIdea> ideas = new ArrayList<>(story.actions());
            java.util.Collections.shuffle(ideas, random);
            ideas.add(DemoStories.pick(GENERAL, random));
            for (int i = 0; i < count; i++) {
                Instant raisedAt = raisedFrom.plus(Duration.ofMinutes(5 + random.nextInt(90)));
                if (!raisedAt.isBefore(end)) {
                    break;
                }
                DemoStories.ActionIdea idea = ideas.get(i);
                Team team = teamFor(incident, configuration, random);
                Planned p = new Planned();
                p.postmortem = postmortem;
                p.incident = incident;
                p.team = team;
                p.template = idea.summary();
                p.fromIdea = held && random.nextInt(8) == 0;
                p.action = action(random, postmortem, team, DemoStories.fill(idea.summary(), service), idea.type(),
                        raisedAt, policies, calendar, today, end, i);
                if (p.action.status() != ActionStatus.OPEN) {
                    Instant progress = raisedAt.plus(Duration.ofHours(4 + random.nextInt(24 * 10)));
                    Instant limit = p.action.closedAt() != null ? p.action.closedAt() : end;
                    p.inProgressAt = progress.isBefore(limit) && p.action.status() != ActionStatus.DECLINED
                            ? progress : null;
                    if (p.action.status() == ActionStatus.IN_PROGRESS && p.inProgressAt == null) {
                        p.inProgressAt = raisedAt.plus(Duration.between(raisedAt, end).dividedBy(2));
                    }
                }
                planned.add(p);
            }
        }

        // The Problem tickets, in one transaction.
        beans.getBean(Jdbc.class).inTransaction(connection -> {
            for (Planned p : planned) {
                Action a = p.action;
                Map<String, List<String>> fields = new LinkedHashMap<>();
                fields.put("labels", List.of("postmortem-action", "team-" + p.team.slug(), "platform-" + p.team.platform()));
                if (p.team.component() != null) {
                    fields.put(SandboxFields.COMPONENTS, List.of(p.team.component()));
                }
                fields.put("duedate", List.of(a.dueDate().toString()));
                p.ticketKey = beans.getBean(TicketStore.class).create(connection, new NewIssue(p.team.projectKey(), SandboxFields.PROBLEM,
                        a.summary(), description(a, p.team, configuration), a.priority().jiraName(), a.createdBy(),
                        a.assignee(), fields, a.createdAt()));
                beans.getBean(TicketStore.class).link(connection, p.ticketKey, a.postmortemKey(), SandboxProblemTickets.IS_ACTION_OF);
                beans.getBean(TicketStore.class).link(connection, p.ticketKey, a.incidentKey(), SandboxProblemTickets.IS_ACTION_OF);
                String actor = a.assignee() == null ? a.createdBy() : a.assignee();
                if (p.inProgressAt != null) {
                    beans.getBean(TicketStore.class).transition(connection, p.ticketKey, SandboxFields.IN_PROGRESS, actor, p.inProgressAt);
                }
                if (a.isClosed()) {
                    beans.getBean(TicketStore.class).transition(connection, p.ticketKey, SandboxFields.DONE, a.resolution(), actor,
                            a.closedAt());
                }
            }
            return null;
        });

        context.inOneTransaction(() -> store(beans, configuration, planned, random, today));
    }

    private static void store(ApplicationContext beans, Configuration configuration, List<Planned> planned, Random random,
                              LocalDate today) {
        // The product's records: ideas first (a promoted idea's action names it), then actions and their history.
        Map<String, ItemRef> firstOfTemplate = new HashMap<>();
        int sameAsMarked = 0;
        for (Planned p : planned) {
            Action a = p.action;
            Idea idea = null;
            ItemRef earlier = firstOfTemplate.get(p.template);
            if (p.fromIdea || (earlier != null && random.nextInt(12) == 0)) {
                Idea noted = new Idea(0, a.postmortemKey(), a.summary(), "Noted in the postmortem meeting.",
                        a.createdBy(), a.createdAt().minus(Duration.ofMinutes(2)), null, null);
                if (earlier != null && sameAsMarked < 40) {
                    noted = noted.sameAs(earlier);
                    sameAsMarked++;
                }
                idea = beans.getBean(AoIdeaRepository.class).insert(noted);
            }
            Action stored = beans.getBean(AoActionRepository.class).insert(new Action(0, a.requestId(), a.postmortemKey(),
                    a.incidentKey(), p.ticketKey, a.projectKey(), a.summary(), a.description(), a.type(), a.team(),
                    a.platform(), a.priority(), a.severity(), a.dueDate(), a.policyDueDate(), a.dueDateReason(),
                    a.status(), a.resolution(), false, a.assignee(), idea == null ? null : idea.id(), a.createdBy(),
                    a.createdAt(), a.closedAt()));
            if (idea != null) {
                beans.getBean(AoIdeaRepository.class).update(idea.promotedTo(stored.id()));
            }
            firstOfTemplate.putIfAbsent(p.template, stored.ref());
            history(beans, p, stored);
            remindersAlreadySent(beans, configuration, stored, today);
        }
        // Ideas not taken up (yet): candidates the meetings kept for later, some the same as an earlier one.
        Map<String, ItemRef> firstIdea = new HashMap<>();
        java.util.Set<String> withIdeas = new java.util.HashSet<>();
        for (Planned p : planned) {
            if (random.nextInt(8) != 0 || !withIdeas.add(p.action.postmortemKey())) {
                continue;
            }
            String summary = DemoStories.pick(KEPT_IDEAS, random);
            Idea idea = new Idea(0, p.action.postmortemKey(), summary, null, p.action.createdBy(),
                    p.action.createdAt(), null, null);
            ItemRef earlier = firstIdea.get(summary);
            if (earlier != null && random.nextInt(3) == 0) {
                idea = idea.sameAs(earlier);
            }
            Idea stored = beans.getBean(AoIdeaRepository.class).insert(idea);
            firstIdea.putIfAbsent(summary, stored.ref());
        }
    }

    private static Action action(Random random, Postmortem postmortem, Team team, String summary, ActionType type,
                                 Instant raisedAt, Policies policies, BusinessCalendar calendar, LocalDate today,
                                 Instant end, int index) {
        Severity severity = postmortem.severity();
        Priority priority = Priority.values()[Math.min(4, Math.max(0, severity.ordinal() - 1 + random.nextInt(3)))];
        LocalDate policyDue = calendar.addBusinessDays(raisedAt, policies.actionDueDays(severity, priority));
        String reason = random.nextInt(18) == 0 ? DemoStories.pick(OVERRIDE_REASONS, random) : null;
        LocalDate due = reason == null ? policyDue : calendar.addBusinessDays(policyDue, 10 + random.nextInt(20));
        double discipline = DemoStories.discipline(team.platform());
        LocalDate raisedDay = calendar.dayOf(raisedAt);

        ActionStatus status;
        Instant closedAt = null;
        boolean pastDue = today.isAfter(due);
        double closedChance;
        if (pastDue) {
            long daysLate = today.toEpochDay() - due.toEpochDay();
            closedChance = Math.min(0.98, 0.3 + 0.6 * discipline + (daysLate > 180 ? 0.25 : 0));
        } else {
            double elapsed = (double) (today.toEpochDay() - raisedDay.toEpochDay())
                    / Math.max(1, due.toEpochDay() - raisedDay.toEpochDay());
            closedChance = 0.1 + 0.5 * elapsed * discipline;
        }
        if (random.nextDouble() < closedChance) {
            status = random.nextInt(12) == 0 ? ActionStatus.DECLINED : ActionStatus.DONE;
            boolean onTime = random.nextDouble() < 0.35 + 0.6 * discipline;
            LocalDate closedDay;
            if (onTime || !pastDue) {
                long window = Math.max(1, Math.min(due.toEpochDay(), today.toEpochDay()) - raisedDay.toEpochDay());
                closedDay = raisedDay.plusDays(1 + random.nextInt((int) window));
            } else {
                closedDay = due.plusDays(1 + random.nextInt(45));
            }
            closedAt = closedDay.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(9 * 60)))
                    .atZone(calendar.zone()).toInstant();
            if (!closedAt.isBefore(end) || !closedAt.isAfter(raisedAt)) {
                closedAt = raisedAt.plus(Duration.between(raisedAt, end).dividedBy(2));
            }
        } else {
            status = random.nextInt(100) < 40 ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
        }
        String developer = "dev-" + team.slug();
        String assignee = status == ActionStatus.OPEN && random.nextBoolean() ? null : developer;
        String createdBy = postmortem.facilitator().isMim() ? "mim" : "dev-" + postmortem.facilitator().name();
        return new Action(0, "demo-" + postmortem.incidentKey() + "-" + (index + 1), postmortem.key(),
                postmortem.incidentKey(), null, team.projectKey(), summary, description(type), type, team.slug(),
                team.platform(), priority, severity, due, policyDue, reason, status,
                status == ActionStatus.DONE ? "Done" : status == ActionStatus.DECLINED ? "Won't Do" : null, false,
                assignee, null, createdBy, raisedAt, closedAt);
    }

    private static String description(ActionType type) {
        return switch (type) {
            case PREVENT -> "Keeps this kind of incident from happening again.";
            case DETECT -> "Shortens the time to detect the next occurrence.";
            case MITIGATE -> "Limits the impact when it happens again.";
            case REPAIR -> "Fixes the condition behind this incident.";
            case INVESTIGATE -> "Open question from the postmortem meeting.";
            case PROCESS -> "Improves how the teams respond.";
        };
    }

    /** The ticket's description as the product writes it: the action's text and a footer naming where it belongs. */
    private static String description(Action action, Team team, Configuration configuration) {
        String platformName = configuration.directory().platform(team.platform()).map(Platform::name).orElse(team.platform());
        return action.description() + "\n\n----\n"
                + "Action of postmortem " + action.postmortemKey() + " for incident " + action.incidentKey() + ".\n"
                + "Team: " + team.name() + " (" + team.slug() + "), platform: " + platformName + " (" + team.platform() + ").\n"
                + "Type: " + action.type() + ". Due: " + action.dueDate()
                + (action.isDueDateOverridden() ? " (set by hand: " + action.dueDateReason() + ")" : " (policy)") + ".";
    }

    private static Team teamFor(Incident incident, Configuration configuration, Random random) {
        List<String> others = incident.impactedTeams();
        String slug = others.isEmpty() || random.nextInt(10) < 7 ? incident.owningTeam()
                : others.get(random.nextInt(others.size()));
        return configuration.directory().team(slug)
                .orElseGet(() -> configuration.directory().team(incident.owningTeam()).orElseThrow());
    }

    private static void history(ApplicationContext beans, Planned p, Action stored) {
        beans.getBean(AoActionRepository.class).record(new ActionChange(stored.id(), stored.createdAt(), stored.createdBy(),
                ActionChange.What.RAISED, stored.problemKey() + " due " + stored.dueDate() + (stored.isDueDateOverridden()
                        ? " (policy " + stored.policyDueDate() + "; overridden: " + stored.dueDateReason() + ")" : " (policy)")));
        ActionStatus from = ActionStatus.OPEN;
        if (p.inProgressAt != null) {
            beans.getBean(AoActionRepository.class).record(new ActionChange(stored.id(), p.inProgressAt, stored.assignee(),
                    ActionChange.What.STATUS, from + " -> " + ActionStatus.IN_PROGRESS));
            from = ActionStatus.IN_PROGRESS;
        }
        if (stored.isClosed()) {
            beans.getBean(AoActionRepository.class).record(new ActionChange(stored.id(), stored.closedAt(), stored.assignee(),
                    ActionChange.What.STATUS, from + " -> " + stored.status() + " (" + stored.resolution() + ")"));
        }
    }

    /**
     * Records the reminders the daily job sent before the demo's end (overdue, or due soon, as of the day before),
     * so the first run after the clock moves sends only what is new.
     */
    private static void remindersAlreadySent(ApplicationContext beans, Configuration configuration, Action action,
                                             LocalDate today) {
        if (action.isClosed()) {
            return;
        }
        BusinessCalendar calendar = configuration.policies().calendar();
        LocalDate yesterday = today.minusDays(1);
        String event;
        LocalDate sentOn;
        if (action.isOverdue(yesterday)) {
            event = "action.overdue." + action.id();
            sentOn = action.dueDate().plusDays(1);
        } else if (calendar.businessDaysBetween(yesterday, action.dueDate())
                <= configuration.policies().actionDueSoonBusinessDays()) {
            event = "action.due-soon." + action.id();
            sentOn = yesterday;
        } else {
            return;
        }
        Instant at = sentOn.atTime(LocalTime.of(7, 0)).atZone(calendar.zone()).toInstant();
        if (at.isBefore(action.createdAt())) {
            at = action.createdAt();
        }
        List<String> members = configuration.directory().team(action.team()).map(Team::group)
                .map(beans.getBean(SandboxPeople.class)::membersOf).orElse(List.of());
        for (String member : members) {
            beans.getBean(AoNotificationLedger.class).firstTime(event, member, at);
        }
    }
}
