package io.postmortem.core.timeline;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The incident timeline's use cases: view, add, edit, delete, import from the incident, and add impacted teams.
 *
 * <p>Who may do what: anyone who can browse the incident's project sees the timeline. Members of an impacted
 * team write entries for that team; MIM, SRE and the postmortem's facilitator write for any impacted team. The
 * facilitator (and MIM) add impacted teams. People change or delete only their own entries. Every change needs
 * the timeline to be editable (no postmortem yet, or a draft) and is kept as a revision.
 */
public final class TimelineService {

    static final String IMPORT_LOCK = "io.postmortem.timeline.import.";
    static final String ENTRY_LOCK = "io.postmortem.timeline.entry.";

    private final IncidentTickets incidents;
    private final TimelineRepository repository;
    private final ImpactedTeams impactedTeams;
    private final TimelineParticipation participation;
    private final Permissions permissions;
    private final ConfigurationStore configuration;
    private final People people;
    private final ClusterLocks locks;
    private final Clock clock;

    public TimelineService(IncidentTickets incidents, TimelineRepository repository, ImpactedTeams impactedTeams,
                           TimelineParticipation participation, Permissions permissions,
                           ConfigurationStore configuration, People people, ClusterLocks locks, Clock clock) {
        this.incidents = incidents;
        this.repository = repository;
        this.impactedTeams = impactedTeams;
        this.participation = participation;
        this.permissions = permissions;
        this.configuration = configuration;
        this.people = people;
        this.locks = locks;
        this.clock = clock;
    }

    /** The merged timeline with milestones, metrics and warnings; a constant number of reads however long. */
    public TimelineView view(Actor actor, String incidentKey) {
        Context context = open(actor, incidentKey);
        Timeline timeline = Timeline.of(repository.entriesOf(incidentKey));
        Milestones milestones = Milestones.of(timeline, context.incident);
        ZoneId zone = zoneOf(actor, context.configuration);
        List<String> writable = context.teams.stream().filter(team -> context.mayWriteFor(actor, team)).toList();
        return new TimelineView(incidentKey, timeline, milestones, TimelineMetrics.of(milestones),
                TimelineWarning.check(milestones, zone), List.copyOf(context.teams), writable,
                participation.editable(incidentKey), actor.username(), zone);
    }

    /** Adds an entry written by {@code actor}; returns it in its place on the timeline. */
    public Timeline.Item add(Actor actor, String incidentKey, EntryDraft draft) {
        Context context = open(actor, incidentKey);
        requireEditable(incidentKey);
        EntryContent content = checked(actor, context, draft);
        Instant now = clock.instant();
        TimelineEntry stored = repository.insert(
                TimelineEntry.written(incidentKey, content, actor.username(), now), actor.username(), now);
        return placed(incidentKey, stored);
    }

    /** Replaces the content of one of the actor's own entries, whatever its current version. */
    public Timeline.Item edit(Actor actor, String incidentKey, long entryId, EntryDraft draft) {
        return edit(actor, incidentKey, entryId, draft, null);
    }

    /**
     * Replaces the content of one of the actor's own entries if it is still at {@code expectedVersion} (see
     * {@link TimelineEntry#version()}); otherwise a {@link ConflictException}, so a stale edit loses nothing. The
     * check and the write hold the entry's cluster lock, so two nodes cannot both pass the check.
     */
    public Timeline.Item edit(Actor actor, String incidentKey, long entryId, EntryDraft draft, String expectedVersion) {
        Context context = open(actor, incidentKey);
        ownEntry(actor, incidentKey, entryId);
        requireEditable(incidentKey);
        EntryContent content = checked(actor, context, draft);
        return locks.withLock(ENTRY_LOCK + entryId, () -> {
            TimelineEntry entry = ownEntry(actor, incidentKey, entryId);
            if (expectedVersion != null && !expectedVersion.equals(entry.version())) {
                throw new ConflictException("Someone changed this entry after you opened it. Reload the timeline "
                        + "to see their change, then edit again.", List.of("version"));
            }
            TimelineEntry changed = entry.withContent(content);
            repository.update(changed, EntryRevision.Change.EDITED, actor.username(), clock.instant());
            return placed(incidentKey, changed);
        });
    }

    /** Removes one of the actor's own entries from the timeline; its history stays. */
    public void delete(Actor actor, String incidentKey, long entryId) {
        open(actor, incidentKey);
        TimelineEntry entry = ownEntry(actor, incidentKey, entryId);
        requireEditable(incidentKey);
        repository.update(entry.asDeleted(), EntryRevision.Change.DELETED, actor.username(), clock.instant());
    }

    /** Every recorded change of an entry (deleted ones too), oldest first. */
    public List<EntryRevision> history(Actor actor, String incidentKey, long entryId) {
        open(actor, incidentKey);
        entryOf(incidentKey, entryId, true);
        return repository.historyOf(entryId);
    }

    /**
     * Imports the ticket's history and timeline comments as entries of the owning team. Events already imported
     * (by their id, even if the entry was deleted since) are skipped, so importing twice adds nothing.
     *
     * @return the entries this import added, in timeline order
     */
    public List<TimelineEntry> importFromIncident(Actor actor, String incidentKey) {
        Context context = open(actor, incidentKey);
        requireEditable(incidentKey);
        String team = context.incident.owningTeam();
        if (team == null || team.isBlank()) {
            throw new ConflictException("The incident has no owning team to attribute imported entries to.",
                    List.of("owningTeam"));
        }
        if (!context.mayWriteFor(actor, team)) {
            throw new ForbiddenException("Only members of " + team + ", MIM, SRE and the facilitator can import "
                    + "the incident's history.");
        }
        return locks.withLock(IMPORT_LOCK + incidentKey, () -> {
            Set<String> seen = new HashSet<>(repository.importedIds(incidentKey));
            Instant now = clock.instant();
            List<TimelineEntry> added = new ArrayList<>();
            for (IncidentEvent event : incidents.history(incidentKey)) {
                if (event.id() == null || !seen.add(event.id())) {
                    continue;
                }
                TimelineEntry entry = IncidentImport.entryOf(event, incidentKey, team, actor.username(),
                        context.incident.createdAt(), now,
                        context.configuration.incidentMapping().severityValues());
                added.add(repository.insert(entry, actor.username(), now));
            }
            return added.stream().sorted(Timeline.ORDER).toList();
        });
    }

    /**
     * Marks another team as impacted, so its members can contribute. Only the facilitator and MIM may.
     *
     * @return the incident's impacted teams afterwards
     */
    public List<String> addImpactedTeam(Actor actor, String incidentKey, String teamSlug) {
        Context context = open(actor, incidentKey);
        String team = teamSlug == null ? "" : teamSlug.trim();
        if (team.isEmpty()) {
            throw new ValidationException("team", "Required.");
        }
        if (context.directory().team(team).isEmpty()) {
            throw new ValidationException("team", "Unknown team \"" + team + "\".");
        }
        if (!context.isFacilitator(actor) && !actor.isMim(context.directory())) {
            throw new ForbiddenException("Only the postmortem's facilitator can add impacted teams.");
        }
        requireEditable(incidentKey);
        if (context.teams.contains(team)) {
            return List.copyOf(context.teams);
        }
        impactedTeams.add(incidentKey, team, actor.username(), clock.instant());
        List<String> teams = new ArrayList<>(context.teams);
        teams.add(team);
        return List.copyOf(teams);
    }

    /** The time zone entries are typed and shown in for this person: their own, else the business calendar's. */
    public ZoneId zoneOf(Actor actor) {
        return zoneOf(actor, configuration.load());
    }

    private ZoneId zoneOf(Actor actor, Configuration config) {
        return people.person(actor.username()).map(Person::timeZone)
                .orElse(config.policies().calendar().zone());
    }

    private Context open(Actor actor, String incidentKey) {
        Incident incident = incidents.find(incidentKey)
                .orElseThrow(() -> new NotFoundException("No incident " + incidentKey + "."));
        if (!permissions.canBrowseProject(actor.username(), incident.projectKey())) {
            throw new ForbiddenException("You cannot see incident " + incidentKey + ".");
        }
        LinkedHashSet<String> teams = new LinkedHashSet<>(incident.allTeams());
        teams.addAll(impactedTeams.addedTo(incidentKey));
        return new Context(incident, configuration.load(), teams, participation.facilitatorOf(incidentKey));
    }

    private EntryContent checked(Actor actor, Context context, EntryDraft draft) {
        EntryContent content = EntryValidator.validate(draft, zoneOf(actor, context.configuration),
                clock.instant(), context.directory());
        if (!context.teams.contains(content.team())) {
            throw new ValidationException("team", "Team " + content.team() + " is not impacted by this incident; "
                    + "the facilitator can add it.");
        }
        if (!context.mayWriteFor(actor, content.team())) {
            throw new ForbiddenException("You are not a member of " + content.team()
                    + "; only its members, MIM, SRE and the facilitator can write for it.");
        }
        return content;
    }

    private TimelineEntry ownEntry(Actor actor, String incidentKey, long entryId) {
        TimelineEntry entry = entryOf(incidentKey, entryId, false);
        if (!entry.author().equals(actor.username())) {
            throw new ForbiddenException("Only the author can change or delete an entry.");
        }
        return entry;
    }

    private TimelineEntry entryOf(String incidentKey, long entryId, boolean includeDeleted) {
        return repository.find(entryId)
                .filter(e -> e.incidentKey().equals(incidentKey))
                .filter(e -> includeDeleted || !e.deleted())
                .orElseThrow(() -> new NotFoundException("No timeline entry " + entryId + " on " + incidentKey + "."));
    }

    private void requireEditable(String incidentKey) {
        if (!participation.editable(incidentKey)) {
            throw new ConflictException("The postmortem is no longer a draft, so its timeline cannot change.",
                    List.of("draft"));
        }
    }

    private Timeline.Item placed(String incidentKey, TimelineEntry entry) {
        return Timeline.of(repository.entriesOf(incidentKey)).item(entry.id())
                .orElseGet(() -> new Timeline.Item(entry, List.of()));
    }

    /** What every use case needs to know about the incident, read once per request. */
    private record Context(Incident incident, Configuration configuration, LinkedHashSet<String> teams,
                           Optional<Facilitator> facilitator) {

        Directory directory() {
            return configuration.directory();
        }

        boolean isFacilitator(Actor actor) {
            return facilitator.map(f -> f.isMim()
                    ? actor.groups().contains(f.name()) || actor.isMim(directory())
                    : directory().team(f.name()).map(actor::isMemberOf).orElse(false)).orElse(false);
        }

        boolean mayWriteFor(Actor actor, String team) {
            Directory directory = directory();
            return actor.isMim(directory) || actor.isSre(directory) || isFacilitator(actor)
                    || directory.team(team).map(actor::isMemberOf).orElse(false);
        }
    }
}
