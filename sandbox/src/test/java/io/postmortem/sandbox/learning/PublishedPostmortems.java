package io.postmortem.sandbox.learning;

import io.postmortem.core.access.Actors;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import org.springframework.context.ApplicationContext;
import io.postmortem.core.access.Actor;
import io.postmortem.core.action.ActionDraft;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.Priority;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/** Writes and publishes postmortems through the product's own services, as MIM would in the sandbox. */
public final class PublishedPostmortems {
    private final ApplicationContext beans;

    public PublishedPostmortems(ApplicationContext beans) {
        this.beans = beans;
    }

    /** What an incident and its postmortem say; {@code actions} are raised for the owning team. */
    public record Spec(String summary, String severity, String owningTeam, List<String> impactedTeams, String component,
                Instant startedAt, RootCause rootCause, List<String> actions) {
    }

    public record Published(String incidentKey, String postmortemKey, List<String> actionKeys) {
    }

    /** A word no demo text holds: letters only, so the library's word splitting keeps it whole. */
    public static String uniqueWord(String prefix) {
        Random random = new Random();
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public Issue raise(Spec spec) {
        Instant now = beans.getBean(SandboxClock.class).instant();
        return beans.getBean(TicketWorkflow.class).create(new NewIssue("INC", SandboxFields.INCIDENT, spec.summary(),
                spec.summary() + ".", "High", "mim", "dev-" + spec.owningTeam(), Map.of(
                        SandboxFields.SEVERITY, List.of(spec.severity()),
                        SandboxFields.OWNING_TEAM, List.of(spec.owningTeam()),
                        SandboxFields.IMPACTED_TEAMS, spec.impactedTeams(),
                        SandboxFields.COMPONENTS, List.of(spec.component()),
                        SandboxFields.STARTED_AT, List.of(spec.startedAt().truncatedTo(ChronoUnit.MINUTES).toString())),
                now));
    }

    public Published publish(Spec spec) {
        Actor mim = beans.getBean(Actors.class).of("mim");
        Issue incident = raise(spec);
        beans.getBean(TicketWorkflow.class).transition(incident.key(), SandboxFields.DONE, "mim");
        Postmortem postmortem = beans.getBean(PostmortemService.class).createFor(incident.key(), mim).postmortem();
        write(postmortem.key(), spec, spec.actions().isEmpty() ? Optional.of("The fix shipped during the incident.")
                : Optional.empty());
        List<String> actionKeys = new ArrayList<>();
        for (String action : spec.actions()) {
            RaiseAction.Raised raised = beans.getBean(RaiseAction.class).raise(postmortem.key(), new ActionDraft(action,
                    action + ".", ActionType.PREVENT, spec.owningTeam(), Priority.MEDIUM, UUID.randomUUID().toString(),
                    null, null), mim);
            actionKeys.add(raised.item().action().problemKey());
        }
        beans.getBean(PostmortemService.class).transition(postmortem.key(), PostmortemStatus.IN_REVIEW, mim);
        beans.getBean(PostmortemService.class).transition(postmortem.key(), PostmortemStatus.PUBLISHED, mim);
        return new Published(incident.key(), postmortem.key(), actionKeys);
    }

    /** A postmortem being written for an incident, naming a root cause (not published). */
    public String draft(String incidentKey, Spec spec) {
        Actor mim = beans.getBean(Actors.class).of("mim");
        Postmortem postmortem = beans.getBean(PostmortemService.class).createFor(incidentKey, mim).postmortem();
        write(postmortem.key(), spec, Optional.empty());
        return postmortem.key();
    }

    private void write(String postmortemKey, Spec spec, Optional<String> noActionsReason) {
        Actor mim = beans.getBean(Actors.class).of("mim");
        beans.getBean(PostmortemService.class).update(postmortemKey, new ContentChange(Map.of(
                Section.SUMMARY, spec.summary() + ". Requests to " + spec.component() + " failed until it was rolled back.",
                Section.IMPACT, "Customers of " + spec.component() + " saw errors for forty minutes.",
                Section.ROOT_CAUSES, spec.rootCause().description() + ".",
                Section.RESOLUTION, "The release was rolled back and the service recovered."),
                Optional.of(List.of(spec.rootCause())), noActionsReason, null), mim);
    }
}
