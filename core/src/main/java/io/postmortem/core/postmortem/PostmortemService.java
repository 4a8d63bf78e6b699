package io.postmortem.core.postmortem;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.incident.TicketEventHandler;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The postmortem lifecycle: one postmortem per incident, created when a P1–P3 incident is resolved (or by hand),
 * written by the impacted teams, reviewed and published.
 */
public final class PostmortemService implements TicketEventHandler {
    private static final System.Logger log = System.getLogger(PostmortemService.class.getName());
    private final IncidentTickets incidents;
    private final PostmortemRepository postmortems;
    private final PostmortemTickets tickets;
    private final ConfigurationStore configurationStore;
    private final Permissions permissions;
    private final ClusterLocks locks;
    private final Clock clock;
    private final List<PublishCheck> publishChecks;
    private final List<PostmortemListener> listeners;

    public PostmortemService(IncidentTickets incidents, PostmortemRepository postmortems, PostmortemTickets tickets,
                             ConfigurationStore configurationStore, Permissions permissions, ClusterLocks locks,
                             Clock clock, List<PublishCheck> publishChecks, List<PostmortemListener> listeners) {
        this.incidents = incidents;
        this.postmortems = postmortems;
        this.tickets = tickets;
        this.configurationStore = configurationStore;
        this.permissions = permissions;
        this.locks = locks;
        this.clock = clock;
        this.publishChecks = List.copyOf(publishChecks);
        this.listeners = List.copyOf(listeners);
    }

    /** The outcome of asking for an incident's postmortem: the postmortem, and whether this call created it. */
    public record Creation(Postmortem postmortem, boolean created) {
    }

    /** Automatic creation: a resolved incident whose severity needs a postmortem gets exactly one. */
    @Override
    public void handle(TicketEvent event) {
        if (event.kind() != TicketEvent.Kind.RESOLVED) {
            return;
        }
        incidents.find(event.issueKey())
                .filter(Incident::isResolved)
                .filter(incident -> new PostmortemPolicy(configurationStore.load()).requiresPostmortem(incident))
                .ifPresent(incident -> ensure(incident, event.actor()));
    }

    /** Creation by hand, for any severity, by anyone who can edit the incident. */
    public Creation createFor(String incidentKey, Actor actor) {
        Incident incident = incidentForWriting(incidentKey, actor);
        return ensure(incident, actor.username());
    }

    public Optional<Postmortem> forIncident(String incidentKey, Actor actor) {
        requireBrowsable(incidentKey, actor);
        if (incidents.find(incidentKey).isEmpty()) {
            throw new NotFoundException("No incident " + incidentKey + ".");
        }
        return postmortems.findByIncident(incidentKey);
    }

    public Postmortem get(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.findByKey(postmortemKey)
                .orElseThrow(() -> new NotFoundException("No postmortem " + postmortemKey + "."));
        requireBrowsable(postmortem.incidentKey(), actor);
        return postmortem;
    }

    /** The postmortem kept in this issue, if the issue is a postmortem the actor may see. */
    public Optional<Postmortem> findByKey(String postmortemKey, Actor actor) {
        Optional<Postmortem> found = postmortems.findByKey(postmortemKey);
        found.ifPresent(p -> requireBrowsable(p.incidentKey(), actor));
        return found;
    }

    public List<SectionRevision> revisions(String postmortemKey, Actor actor) {
        return postmortems.revisions(get(postmortemKey, actor).key());
    }

    /** The teams that write the postmortem: the owning and impacted teams of every incident it covers. */
    public List<String> impactedTeams(Postmortem postmortem) {
        List<String> linked = postmortems.linkedIncidents(postmortem.key());
        if (linked.isEmpty()) {
            return incidents.find(postmortem.incidentKey()).map(Incident::allTeams).orElse(List.of());
        }
        java.util.LinkedHashSet<String> teams = new java.util.LinkedHashSet<>();
        for (String incidentKey : incidentKeys(postmortem, linked)) {
            incidents.find(incidentKey).ifPresent(incident -> teams.addAll(incident.allTeams()));
        }
        return List.copyOf(teams);
    }

    /** Every incident the postmortem covers: the one it was created for first, then those linked to it. */
    public List<String> incidentKeys(Postmortem postmortem) {
        return incidentKeys(postmortem, postmortems.linkedIncidents(postmortem.key()));
    }

    private static List<String> incidentKeys(Postmortem postmortem, List<String> linked) {
        List<String> keys = new ArrayList<>();
        keys.add(postmortem.incidentKey());
        keys.addAll(linked);
        return List.copyOf(keys);
    }

    /**
     * Links a further incident with the same cause to the postmortem, for those who may edit the postmortem and see
     * the incident. An incident already covered by a postmortem is a conflict naming it: it never gets a second one.
     */
    public Postmortem linkIncident(String postmortemKey, String incidentKey, Actor actor) {
        Postmortem postmortem = editable(postmortemKey, actor);
        if (incidentKey == null || incidentKey.isBlank()) {
            throw new ValidationException("incidentKey", "Name the incident to link, e.g. INC-12.");
        }
        if (!incidents.exists(incidentKey)) {
            // A key in the request body that names nothing is bad input about that field, not a missing resource.
            throw new ValidationException("incidentKey", "No incident " + incidentKey + ".");
        }
        requireBrowsable(incidentKey, actor);
        Incident incident = incidents.find(incidentKey).orElseThrow(
                () -> new ValidationException("incidentKey", incidentKey + " is not an incident."));
        locks.withLock("postmortem.create." + incident.key(), () -> {
            Optional<Postmortem> covering = postmortems.findByIncident(incident.key());
            if (covering.isPresent()) {
                throw alreadyCovered(incident.key(), covering.get().key());
            }
            try {
                postmortems.linkIncident(postmortem.key(), incident.key(), actor.username(), clock.instant());
            } catch (PostmortemRepository.DuplicatePostmortemException raced) {
                throw alreadyCovered(incident.key(), postmortems.findByIncident(incident.key())
                        .map(Postmortem::key).orElse("another postmortem"));
            }
            return null;
        });
        tickets.addReviewedIncident(postmortem.key(), incident.key(), actor.username());
        changed(postmortem);
        return postmortem;
    }

    /** Unlinks an incident linked by {@link #linkIncident}; the incident the postmortem was created for stays. */
    public Postmortem unlinkIncident(String postmortemKey, String incidentKey, Actor actor) {
        Postmortem postmortem = editable(postmortemKey, actor);
        if (postmortem.incidentKey().equals(incidentKey)) {
            throw new ConflictException("The postmortem was created for " + incidentKey + "; that incident stays.",
                    List.of("incidentKey: only incidents linked later can be unlinked."));
        }
        if (!postmortems.unlinkIncident(postmortem.key(), incidentKey)) {
            throw new NotFoundException(incidentKey + " is not linked to " + postmortem.key() + ".");
        }
        tickets.removeReviewedIncident(postmortem.key(), incidentKey);
        changed(postmortem);
        return postmortem;
    }

    /**
     * Tells the listeners that something the postmortem's issue shows changed other than its state (e.g. its tags),
     * so the issue follows.
     */
    public void changed(Postmortem postmortem) {
        for (PostmortemListener listener : listeners) {
            try {
                listener.changed(postmortem);
            } catch (RuntimeException failure) {
                log.log(System.Logger.Level.ERROR, "A postmortem listener failed for " + postmortem.key(), failure);
            }
        }
    }

    private Postmortem editable(String postmortemKey, Actor actor) {
        Postmortem current = get(postmortemKey, actor);
        PostmortemAccess access = new PostmortemAccess(configurationStore.load().directory());
        if (!access.canEdit(actor, current, impactedTeams(current))) {
            throw new ForbiddenException(current.isPublished()
                    ? "This postmortem is published; only administrators can change it."
                    : "Only the impacted teams, the facilitator, MIM and SRE can edit this postmortem.");
        }
        return current;
    }

    private static ConflictException alreadyCovered(String incidentKey, String postmortemKey) {
        return new ConflictException(incidentKey + " is already covered by " + postmortemKey + ".",
                List.of("incidentKey: an incident has at most one postmortem; unlink it from " + postmortemKey
                        + " first."));
    }

    /**
     * Changes sections, root causes or the no-actions reason. {@code expectedVersion}, when given, guards against
     * overwriting someone else's save.
     */
    public Postmortem update(String postmortemKey, ContentChange change, Actor actor) {
        Postmortem current = editable(postmortemKey, actor);
        if (change.expectedVersion() != null && change.expectedVersion() != current.version()) {
            throw new ConflictException("Someone saved this postmortem after you opened it.",
                    List.of("version: reload to see their changes, then edit again."));
        }
        validate(change);
        Instant now = clock.instant();
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.putAll(current.sections());
        List<SectionRevision> revisions = new ArrayList<>();
        change.sections().forEach((section, text) -> {
            if (!text.equals(current.section(section))) {
                sections.put(section, text);
                revisions.add(new SectionRevision(current.key(), section.name(), text, actor.username(), now));
            }
        });
        List<RootCause> rootCauses = change.rootCauses().orElse(current.rootCauses());
        if (!rootCauses.equals(current.rootCauses())) {
            revisions.add(new SectionRevision(current.key(), "ROOT_CAUSE_LIST", describe(rootCauses), actor.username(), now));
        }
        String noActionsReason = change.noActionsReason().orElse(current.noActionsReason());
        if (change.noActionsReason().isPresent() && !noActionsReason.equals(current.noActionsReason())) {
            revisions.add(new SectionRevision(current.key(), "NO_ACTIONS_REASON", noActionsReason, actor.username(), now));
        }
        if (revisions.isEmpty()) {
            return current;
        }
        return postmortems.update(current.withContent(sections, rootCauses,
                noActionsReason == null || noActionsReason.isBlank() ? null : noActionsReason), revisions);
    }

    public Postmortem transition(String postmortemKey, PostmortemStatus target, Actor actor) {
        Postmortem current = get(postmortemKey, actor);
        if (current.status() == target) {
            return current;
        }
        PostmortemAccess access = new PostmortemAccess(configurationStore.load().directory());
        if (!current.status().canMoveTo(target)) {
            throw new ConflictException("A " + current.status() + " postmortem cannot move to " + target + ".",
                    List.of("to: allowed from " + current.status() + " is " + allowedFrom(current.status()) + "."));
        }
        if (!access.canTransition(actor, current, target, impactedTeams(current))) {
            throw new ForbiddenException(target == PostmortemStatus.IN_REVIEW
                    ? "Only the impacted teams, the facilitator, MIM and SRE can send this postmortem to review."
                    : "Only the facilitator, MIM and SRE can publish this postmortem or send it back.");
        }
        if (target == PostmortemStatus.PUBLISHED) {
            List<String> missing = publishChecks.stream().flatMap(check -> check.missing(current).stream()).toList();
            if (!missing.isEmpty()) {
                throw new ConflictException("This postmortem cannot be published yet.", missing);
            }
        }
        Instant now = clock.instant();
        Postmortem saved = postmortems.update(current.withStatus(target, now), List.of(
                new SectionRevision(current.key(), "STATUS", target.name(), actor.username(), now)));
        for (PostmortemListener listener : listeners) {
            try {
                listener.statusChanged(saved, current.status());
            } catch (RuntimeException failure) {
                // The transition stands; a listener's failure (e.g. mail) must not make it look refused.
                log.log(System.Logger.Level.ERROR, "A postmortem listener failed for " + saved.key(), failure);
            }
        }
        return saved;
    }

    private Creation ensure(Incident incident, String actingUser) {
        return locks.withLock("postmortem.create." + incident.key(), () -> {
            Optional<Postmortem> existing = postmortems.findByIncident(incident.key());
            if (existing.isPresent()) {
                return new Creation(existing.get(), false);
            }
            Configuration configuration = configurationStore.load();
            PostmortemPolicy policy = new PostmortemPolicy(configuration);
            Instant now = clock.instant();
            String ticketKey = tickets.create(incident, configuration.incidentMapping().postmortemProject(),
                    "Postmortem: " + incident.summary(), actingUser);
            String platform = incident.owningTeam() == null ? null : configuration.directory()
                    .team(incident.owningTeam()).map(io.postmortem.core.directory.Team::platform).orElse(null);
            Postmortem postmortem = new Postmortem(ticketKey, incident.key(), policy.severityOf(incident),
                    incident.owningTeam(), platform,
                    PostmortemStatus.DRAFT, policy.meetingDueDate(incident, now), policy.facilitatorOf(incident),
                    Map.of(), List.of(), null, null, now, null, null, 0);
            try {
                Postmortem saved = postmortems.insert(postmortem);
                changed(saved);
                return new Creation(saved, true);
            } catch (PostmortemRepository.DuplicatePostmortemException raced) {
                // Another node created it between our check and insert: keep theirs, undo our ticket.
                tickets.delete(ticketKey);
                return new Creation(postmortems.findByIncident(incident.key()).orElseThrow(), false);
            }
        });
    }

    private Incident incidentForWriting(String incidentKey, Actor actor) {
        requireBrowsable(incidentKey, actor);
        Incident incident = incidents.find(incidentKey).orElseThrow(() -> incidents.exists(incidentKey)
                ? new ValidationException("incidentKey", incidentKey + " is not an incident.")
                : new NotFoundException("No incident " + incidentKey + "."));
        if (!permissions.canEditIssue(actor.username(), incidentKey)) {
            throw new ForbiddenException("Only people who can edit " + incidentKey + " can create its postmortem.");
        }
        return incident;
    }

    private void requireBrowsable(String issueKey, Actor actor) {
        if (!permissions.canBrowseIssue(actor.username(), issueKey)) {
            if (!incidents.exists(issueKey)) {
                throw new NotFoundException("No incident " + issueKey + ".");
            }
            throw new ForbiddenException("You do not have permission to see " + issueKey + ".");
        }
    }

    private static void validate(ContentChange change) {
        Map<String, String> errors = new LinkedHashMap<>();
        change.sections().forEach((section, text) -> {
            if (text.length() > Section.MAX_LENGTH) {
                errors.put("sections." + section.name(), "At most " + Section.MAX_LENGTH + " characters.");
            }
        });
        change.rootCauses().ifPresent(causes -> {
            for (int i = 0; i < causes.size(); i++) {
                RootCause cause = causes.get(i);
                if (cause.description() == null || cause.description().isBlank()) {
                    errors.put("rootCauses[" + i + "].description", "Describe the root cause.");
                } else if (cause.description().length() > 2_000) {
                    errors.put("rootCauses[" + i + "].description", "At most 2000 characters.");
                }
            }
        });
        change.noActionsReason().filter(reason -> reason.length() > 2_000)
                .ifPresent(reason -> errors.put("noActionsReason", "At most 2000 characters."));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String describe(List<RootCause> causes) {
        return String.join("\n", causes.stream().map(c -> "[" + c.category() + "] " + c.description()).toList());
    }

    private static String allowedFrom(PostmortemStatus status) {
        return switch (status) {
            case DRAFT -> "IN_REVIEW";
            case IN_REVIEW -> "PUBLISHED or DRAFT";
            case PUBLISHED -> "nothing";
        };
    }
}
