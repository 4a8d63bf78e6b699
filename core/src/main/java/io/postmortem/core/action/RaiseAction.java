package io.postmortem.core.action;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.Priority;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raising an action of a postmortem, directly or by promoting one of its ideas: its Problem ticket in the owning
 * team's project, due by policy, once per request id (a repeated submit, another node's, or a retry after a crash
 * between the ticket and the row, gets the same action and ticket). One configuration snapshot per request.
 */
public final class RaiseAction {
    static final int REQUEST_ID_MAX = 100;
    static final int REASON_MAX = 2_000;

    private final PostmortemService postmortems;
    private final ActionRepository actions;
    private final IdeaRepository ideas;
    private final ProblemTickets tickets;
    private final ConfigurationStore configurationStore;
    private final Clock clock;
    private final Recurrence recurrence;

    public RaiseAction(PostmortemService postmortems, ActionRepository actions, IdeaRepository ideas,
                       ProblemTickets tickets, ConfigurationStore configurationStore, Clock clock) {
        this.postmortems = postmortems;
        this.actions = actions;
        this.ideas = ideas;
        this.tickets = tickets;
        this.configurationStore = configurationStore;
        this.clock = clock;
        this.recurrence = new Recurrence(actions, ideas);
    }

    /** The outcome of a submit: the action, and whether this submit raised it (false for a repeated request id). */
    public record Raised(ActionItem item, boolean created) {
    }

    public Raised raise(String postmortemKey, ActionDraft draft, Actor actor) {
        Configuration configuration = configurationStore.load();
        Postmortem postmortem = ActionRules.editable(postmortems, postmortemKey, actor, configuration.directory());
        return raise(postmortem, draft, null, actor, configuration);
    }

    /**
     * Commits to an idea: raises its action (summary and description default to the idea's). Promoting twice
     * answers the action of the first promotion. The action's request id is the idea's own ({@code idea-<id>}),
     * whatever the caller sent, so two promotions of one idea at the same moment, on any nodes, are one request:
     * the unique request id keeps one action, as for any repeated submit, and no lock is needed.
     */
    public Raised promote(String postmortemKey, long ideaId, ActionDraft draft, Actor actor) {
        Configuration configuration = configurationStore.load();
        Postmortem postmortem = ActionRules.editable(postmortems, postmortemKey, actor, configuration.directory());
        Idea current = ActionRules.ideaOf(ideas, postmortem, ideaId);
        if (current.isPromoted()) {
            return new Raised(ActionRules.item(recurrence, actions.byId(current.promotedTo()).orElseThrow(),
                    configuration.policies().calendar().dayOf(clock.instant())), false);
        }
        ActionDraft filled = new ActionDraft(
                ActionRules.blankToNull(draft.summary()) == null ? current.summary() : draft.summary(),
                ActionRules.blankToNull(draft.description()) == null ? current.description() : draft.description(),
                draft.type(), draft.team(), draft.priority(), promotionRequestId(current),
                draft.dueDate(), draft.dueDateReason());
        Raised raised = raise(postmortem, filled, current.id(), actor, configuration);
        // Idempotent: every promotion of this idea answers the same action.
        ideas.update(current.promotedTo(raised.item().action().id()));
        return raised;
    }

    static String promotionRequestId(Idea idea) {
        return "idea-" + idea.id();
    }

    private Raised raise(Postmortem postmortem, ActionDraft draft, Long ideaId, Actor actor, Configuration configuration) {
        Instant now = clock.instant();
        LocalDate today = configuration.policies().calendar().dayOf(now);
        Team team = validate(draft, configuration.directory(), today);
        String requestId = draft.requestId().trim();
        // No lock: the Problem ticket is created in Jira, and no lock is held across a Jira call (a slow Jira would
        // hold it, and a lock name per request would leave a row per request in Jira's cluster lock table). The
        // request id is unique in the action table and recorded on the ticket: a repeated submit finds the action
        // or adopts the ticket, and of two submits at the same moment one stores its action and the other removes
        // the ticket it made and answers that action.
        Optional<Action> existing = actions.byRequestId(requestId);
        if (existing.isPresent()) {
            return replay(existing.get(), postmortem, today);
        }
        LocalDate policyDue = configuration.policies().calendar().addBusinessDays(now,
                configuration.policies().actionDueDays(postmortem.severity(), draft.priority()));
        boolean overridden = draft.dueDate() != null;
        Action action = new Action(0, requestId, postmortem.key(), postmortem.incidentKey(), null,
                team.projectKey(), draft.summary().trim(), ActionRules.blankToNull(draft.description()), draft.type(),
                team.slug(), team.platform(), draft.priority(), postmortem.severity(),
                overridden ? draft.dueDate() : policyDue, policyDue,
                overridden ? draft.dueDateReason().trim() : null, ActionStatus.OPEN, null, false, null, ideaId,
                actor.username(), now, null);
        // A ticket carrying this request id without a stored action: an earlier attempt stopped (a crash, a
        // failed store whose cleanup failed too) between the ticket and the row. Adopt it, never make a second.
        Optional<String> adopted = tickets.findByRequest(requestId);
        String key = adopted.orElseGet(() ->
                tickets.create(ticketRequest(action, team, configuration.directory()), actor.username()));
        Action stored;
        try {
            stored = actions.insert(action.movedTo(key, team.projectKey(), team.slug(), team.platform()));
        } catch (ActionRepository.DuplicateRequestException raced) {
            // Another node stored this request between our check and insert: keep theirs, undo our ticket
            // unless theirs is the same ticket (they adopted ours, or we adopted theirs).
            Action theirs = actions.byRequestId(requestId).orElseThrow();
            if (adopted.isEmpty() && !key.equals(theirs.problemKey())) {
                tickets.delete(key);
            }
            return replay(theirs, postmortem, today);
        } catch (RuntimeException failed) {
            if (adopted.isEmpty()) {
                tickets.delete(key);
            }
            throw failed;
        }
        actions.record(new ActionChange(stored.id(), now, actor.username(), ActionChange.What.RAISED,
                key + " due " + stored.dueDate() + (overridden
                        ? " (policy " + policyDue + "; overridden: " + stored.dueDateReason() + ")" : " (policy)")));
        return new Raised(ActionRules.item(recurrence, stored, today), true);
    }

    private Raised replay(Action existing, Postmortem postmortem, LocalDate today) {
        if (!existing.postmortemKey().equals(postmortem.key())) {
            throw new ConflictException("This request id was already used for an action of " + existing.postmortemKey() + ".",
                    List.of("requestId: choose a new request id for a new submit."));
        }
        return new Raised(ActionRules.item(recurrence, existing, today), false);
    }

    private static ProblemTicketRequest ticketRequest(Action action, Team team, Directory directory) {
        String platformName = directory.platform(team.platform()).map(Platform::name).orElse(team.platform());
        String footer = "----\n"
                + "Action of postmortem " + action.postmortemKey() + " for incident " + action.incidentKey() + ".\n"
                + "Team: " + team.name() + " (" + team.slug() + "), platform: " + platformName + " (" + team.platform() + ").\n"
                + "Type: " + action.type() + ". Due: " + action.dueDate()
                + (action.isDueDateOverridden() ? " (set by hand: " + action.dueDateReason() + ")" : " (policy)") + ".";
        String description = action.description() == null ? footer : action.description() + "\n\n" + footer;
        return new ProblemTicketRequest(team.projectKey(), team.component(), action.summary(), description,
                action.type(), action.priority(), action.dueDate(), team.slug(), team.platform(),
                action.postmortemKey(), action.incidentKey(),
                List.of("postmortem-action", "team-" + team.slug(), "platform-" + team.platform()),
                action.requestId());
    }

    private Team validate(ActionDraft draft, Directory directory, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        ActionRules.checkText(errors, "summary", draft.summary(), ActionRules.SUMMARY_MAX, true);
        ActionRules.checkText(errors, "description", draft.description(), ActionRules.DESCRIPTION_MAX, false);
        if (draft.type() == null) {
            errors.put("type", "Required: one of " + List.of(ActionType.values()) + ".");
        }
        if (draft.priority() == null) {
            errors.put("priority", "Required: one of " + List.of(Priority.values()) + ".");
        }
        Optional<Team> team = Optional.empty();
        if (draft.team() == null || draft.team().isBlank()) {
            errors.put("team", "Required: the slug of the team that owns the action.");
        } else {
            team = directory.team(draft.team().trim());
            if (team.isEmpty()) {
                errors.put("team", "No team " + draft.team().trim() + " in the platform directory.");
            }
        }
        ActionRules.checkText(errors, "requestId", draft.requestId(), REQUEST_ID_MAX, true);
        if (draft.dueDate() != null) {
            if (draft.dueDate().isBefore(today)) {
                errors.put("dueDate", "Must not be in the past.");
            }
            if (draft.dueDateReason() == null || draft.dueDateReason().isBlank()) {
                errors.put("dueDateReason", "Say why the due date differs from the policy.");
            } else if (draft.dueDateReason().length() > REASON_MAX) {
                errors.put("dueDateReason", "At most " + REASON_MAX + " characters.");
            }
        } else if (draft.dueDateReason() != null && !draft.dueDateReason().isBlank()) {
            errors.put("dueDate", "Give the due date the reason is for.");
        }
        ActionRules.throwIf(errors);
        return team.orElseThrow();
    }
}
