package io.postmortem.core.action;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemAccess;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A postmortem's actions and ideas: raise an action (its Problem ticket in the owning team's project, due by
 * policy), keep ideas apart until promoted, mark ideas that repeat earlier ones and suggest such matches.
 */
public final class ActionService {
    static final int SUMMARY_MAX = 255;
    static final int DESCRIPTION_MAX = 30_000;
    static final int REQUEST_ID_MAX = 100;
    static final int REASON_MAX = 2_000;
    static final int SUGGESTIONS_MAX = 10;

    private final PostmortemService postmortems;
    private final PostmortemRepository postmortemStore;
    private final ActionRepository actions;
    private final IdeaRepository ideas;
    private final ProblemTickets tickets;
    private final ConfigurationStore configurationStore;
    private final Permissions permissions;
    private final ClusterLocks locks;
    private final Clock clock;
    private final Recurrence recurrence;

    public ActionService(PostmortemService postmortems, PostmortemRepository postmortemStore, ActionRepository actions,
                         IdeaRepository ideas, ProblemTickets tickets, ConfigurationStore configurationStore,
                         Permissions permissions, ClusterLocks locks, Clock clock) {
        this.postmortems = postmortems;
        this.postmortemStore = postmortemStore;
        this.actions = actions;
        this.ideas = ideas;
        this.tickets = tickets;
        this.configurationStore = configurationStore;
        this.permissions = permissions;
        this.locks = locks;
        this.clock = clock;
        this.recurrence = new Recurrence(actions, ideas);
    }

    /** The outcome of a submit: the action, and whether this submit raised it (false for a repeated request id). */
    public record Raised(ActionItem item, boolean created) {
    }

    // ---- actions

    public Raised raise(String postmortemKey, ActionDraft draft, Actor actor) {
        Postmortem postmortem = editable(postmortemKey, actor);
        return raise(postmortem, draft, null, actor);
    }

    public List<ActionItem> list(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        LocalDate today = today();
        List<Action> listed = actions.byPostmortem(postmortem.key());
        // The recurrence of every action at once: asked per action, the list cost statements per action.
        Map<Long, Integer> recurrences = recurrence.counts(listed);
        return listed.stream()
                .map(a -> new ActionItem(a, a.isOverdue(today), recurrences.get(a.id())))
                .toList();
    }

    public ActionsSummary summary(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        return summaryOf(actions.byPostmortem(postmortem.key()), today());
    }

    /** Actions across postmortems, only those in projects the viewer may browse. */
    public List<ActionItem> find(String platform, String team, Set<ActionStatus> statuses, Boolean overdue, Actor actor) {
        LocalDate today = today();
        Map<String, Boolean> browsable = new HashMap<>();
        return actions.find(new ActionFilter(platform, team, statuses, overdue, today)).stream()
                .filter(a -> browsable.computeIfAbsent(a.projectKey(),
                        project -> permissions.canBrowseProject(actor.username(), project)))
                .map(a -> item(a, today))
                .toList();
    }

    public List<ActionChange> history(long actionId, Actor actor) {
        Action action = actions.byId(actionId).filter(a -> permissions.canBrowseProject(actor.username(), a.projectKey()))
                .orElseThrow(() -> new NotFoundException("No action " + actionId + "."));
        return actions.history(action.id());
    }

    // ---- ideas

    public IdeaItem addIdea(String postmortemKey, String summary, String description, Actor actor) {
        Postmortem postmortem = editable(postmortemKey, actor);
        Map<String, String> errors = new LinkedHashMap<>();
        checkText(errors, "summary", summary, SUMMARY_MAX, true);
        checkText(errors, "description", description, DESCRIPTION_MAX, false);
        throwIf(errors);
        Idea stored = ideas.insert(new Idea(0, postmortem.key(), summary.trim(), blankToNull(description),
                actor.username(), clock.instant(), null, null));
        return new IdeaItem(stored, recurrence.count(stored.ref()));
    }

    public List<IdeaItem> ideas(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        return ideas.ideasOf(postmortem.key()).stream()
                .map(idea -> new IdeaItem(idea, recurrence.count(idea.ref()))).toList();
    }

    /**
     * Commits to an idea: raises its action (summary and description default to the idea's). Promoting twice
     * answers the action of the first promotion.
     */
    public Raised promote(String postmortemKey, long ideaId, ActionDraft draft, Actor actor) {
        Postmortem postmortem = editable(postmortemKey, actor);
        Idea idea = ideaOf(postmortem, ideaId);
        return locks.withLock("action.idea." + idea.id(), () -> {
            Idea current = ideas.idea(idea.id()).orElseThrow();
            if (current.isPromoted()) {
                return new Raised(item(actions.byId(current.promotedTo()).orElseThrow(), today()), false);
            }
            ActionDraft filled = new ActionDraft(
                    blankToNull(draft.summary()) == null ? current.summary() : draft.summary(),
                    blankToNull(draft.description()) == null ? current.description() : draft.description(),
                    draft.type(), draft.team(), draft.priority(),
                    blankToNull(draft.requestId()) == null ? "idea-" + current.id() : draft.requestId(),
                    draft.dueDate(), draft.dueDateReason());
            Raised raised = raise(postmortem, filled, current.id(), actor);
            ideas.update(current.promotedTo(raised.item().action().id()));
            return raised;
        });
    }

    /**
     * Marks an idea as the same as an idea or action of an earlier postmortem (null clears the mark). The viewer
     * must be able to see the earlier postmortem.
     */
    public IdeaItem sameAs(String postmortemKey, long ideaId, ItemRef target, Actor actor) {
        Postmortem postmortem = editable(postmortemKey, actor);
        Idea idea = ideaOf(postmortem, ideaId);
        if (target != null) {
            String targetPostmortem = postmortemOf(target)
                    .orElseThrow(() -> new ValidationException("target", "No " + target.kind().name().toLowerCase()
                            + " " + target.id() + "."));
            Postmortem earlier = postmortems.get(targetPostmortem, actor);
            if (earlier.key().equals(postmortem.key()) || !earlier.createdAt().isBefore(postmortem.createdAt())) {
                throw new ValidationException("target", "Only an idea or action of an earlier postmortem can be the same.");
            }
        }
        Idea saved = ideas.update(idea.sameAs(target));
        return new IdeaItem(saved, recurrence.count(saved.ref()));
    }

    /**
     * Earlier ideas and actions worded like this idea (Jaccard score at least {@link Similarity#THRESHOLD}), best
     * first, only from postmortems the viewer can see.
     */
    public List<Suggestion> suggest(String postmortemKey, long ideaId, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        Idea idea = ideaOf(postmortem, ideaId);
        Instant before = postmortem.createdAt();
        Map<String, Optional<Postmortem>> visible = new HashMap<>();
        List<Suggestion> found = new ArrayList<>();
        for (Idea candidate : ideas.ideasCreatedBefore(before)) {
            if (!candidate.isPromoted()) {
                consider(found, idea, candidate.ref(), candidate.postmortemKey(), candidate.summary(), before, visible, actor);
            }
        }
        for (Action candidate : actions.find(ActionFilter.any())) {
            if (candidate.createdAt().isBefore(before)) {
                consider(found, idea, candidate.ref(), candidate.postmortemKey(), candidate.summary(), before, visible, actor);
            }
        }
        return found.stream()
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed()
                        .thenComparing(Suggestion::recurrence, Comparator.reverseOrder()))
                .limit(SUGGESTIONS_MAX)
                .toList();
    }

    // ---- internals

    private void consider(List<Suggestion> found, Idea idea, ItemRef ref, String candidatePostmortem, String summary,
                          Instant before, Map<String, Optional<Postmortem>> visible, Actor actor) {
        if (candidatePostmortem.equals(idea.postmortemKey()) || ref.equals(idea.sameAs())) {
            return;
        }
        double score = Similarity.score(idea.summary(), summary);
        if (score < Similarity.THRESHOLD) {
            return;
        }
        boolean earlierAndVisible = visible.computeIfAbsent(candidatePostmortem, key -> postmortemStore.findByKey(key)
                        .filter(p -> permissions.canBrowseIssue(actor.username(), p.incidentKey())))
                .filter(p -> p.createdAt().isBefore(before))
                .isPresent();
        if (earlierAndVisible) {
            found.add(new Suggestion(ref, candidatePostmortem, summary, Math.round(score * 100) / 100.0,
                    recurrence.count(ref)));
        }
    }

    private Raised raise(Postmortem postmortem, ActionDraft draft, Long ideaId, Actor actor) {
        Configuration configuration = configurationStore.load();
        Instant now = clock.instant();
        LocalDate today = configuration.policies().calendar().dayOf(now);
        Team team = validate(draft, configuration.directory(), today);
        String requestId = draft.requestId().trim();
        return locks.withLock("action.request." + requestId, () -> {
            Optional<Action> existing = actions.byRequestId(requestId);
            if (existing.isPresent()) {
                return replay(existing.get(), postmortem, today);
            }
            LocalDate policyDue = configuration.policies().calendar().addBusinessDays(now,
                    configuration.policies().actionDueDays(postmortem.severity(), draft.priority()));
            boolean overridden = draft.dueDate() != null;
            Action action = new Action(0, requestId, postmortem.key(), postmortem.incidentKey(), null,
                    team.projectKey(), draft.summary().trim(), blankToNull(draft.description()), draft.type(),
                    team.slug(), team.platform(), draft.priority(), postmortem.severity(),
                    overridden ? draft.dueDate() : policyDue, policyDue,
                    overridden ? draft.dueDateReason().trim() : null, ActionStatus.OPEN, null, false, null, ideaId,
                    actor.username(), now, null);
            String key = tickets.create(ticketRequest(action, team, configuration.directory()), actor.username());
            Action stored;
            try {
                stored = actions.insert(action.movedTo(key, team.projectKey(), team.slug(), team.platform()));
            } catch (ActionRepository.DuplicateRequestException raced) {
                // Another node stored this request between our check and insert: keep theirs, undo our ticket.
                tickets.delete(key);
                return replay(actions.byRequestId(requestId).orElseThrow(), postmortem, today);
            } catch (RuntimeException failed) {
                tickets.delete(key);
                throw failed;
            }
            actions.record(new ActionChange(stored.id(), now, actor.username(), ActionChange.What.RAISED,
                    key + " due " + stored.dueDate() + (overridden
                            ? " (policy " + policyDue + "; overridden: " + stored.dueDateReason() + ")" : " (policy)")));
            return new Raised(item(stored, today), true);
        });
    }

    private Raised replay(Action existing, Postmortem postmortem, LocalDate today) {
        if (!existing.postmortemKey().equals(postmortem.key())) {
            throw new ConflictException("This request id was already used for an action of " + existing.postmortemKey() + ".",
                    List.of("requestId: choose a new request id for a new submit."));
        }
        return new Raised(item(existing, today), false);
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
        checkText(errors, "summary", draft.summary(), SUMMARY_MAX, true);
        checkText(errors, "description", draft.description(), DESCRIPTION_MAX, false);
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
        checkText(errors, "requestId", draft.requestId(), REQUEST_ID_MAX, true);
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
        throwIf(errors);
        return team.orElseThrow();
    }

    private Postmortem editable(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        if (postmortem.isPublished()) {
            throw new ForbiddenException("This postmortem is published; its actions and ideas are settled.");
        }
        PostmortemAccess access = new PostmortemAccess(configurationStore.load().directory());
        if (!access.canEdit(actor, postmortem, postmortems.impactedTeams(postmortem))) {
            throw new ForbiddenException("Only people who can edit this postmortem can raise its actions and ideas.");
        }
        return postmortem;
    }

    private Idea ideaOf(Postmortem postmortem, long ideaId) {
        return ideas.idea(ideaId).filter(i -> i.postmortemKey().equals(postmortem.key()))
                .orElseThrow(() -> new NotFoundException("No idea " + ideaId + " in " + postmortem.key() + "."));
    }

    private Optional<String> postmortemOf(ItemRef ref) {
        return ref.kind() == ItemRef.Kind.IDEA
                ? ideas.idea(ref.id()).map(Idea::postmortemKey)
                : actions.byId(ref.id()).map(Action::postmortemKey);
    }

    private ActionItem item(Action action, LocalDate today) {
        return new ActionItem(action, action.isOverdue(today), recurrence.count(action.ref()));
    }

    static ActionsSummary summaryOf(List<Action> list, LocalDate today) {
        int closed = (int) list.stream().filter(Action::isClosed).count();
        int overdue = (int) list.stream().filter(a -> a.isOverdue(today)).count();
        int deleted = (int) list.stream().filter(Action::ticketDeleted).count();
        return new ActionsSummary(list.size(), closed, overdue, deleted);
    }

    private LocalDate today() {
        return configurationStore.load().policies().calendar().dayOf(clock.instant());
    }

    private static void checkText(Map<String, String> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "Required.");
            }
        } else if (value.length() > max) {
            errors.put(field, "At most " + max + " characters.");
        }
    }

    private static void throwIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
