package io.postmortem.core.postmortem;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.core.shared.ConflictException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Postmortem meetings are open: anyone who may see the incident, on call that day or not, of any team, can find the
 * scheduled meetings and join one, which sends them the invitation and keeps them on it when it moves.
 */
public final class OpenMeetings {
    /** How many upcoming meetings a list shows at most. */
    public static final int LIMIT = 50;

    private final PostmortemRepository repository;
    private final PostmortemService postmortems;
    private final IncidentTickets incidents;
    private final Permissions permissions;
    private final MeetingGuests guests;
    private final MeetingScheduler scheduler;
    private final ConfigurationStore configurationStore;
    private final People people;
    private final Clock clock;

    public OpenMeetings(PostmortemRepository repository, PostmortemService postmortems, IncidentTickets incidents,
                        Permissions permissions, MeetingGuests guests, MeetingScheduler scheduler,
                        ConfigurationStore configurationStore, People people, Clock clock) {
        this.repository = repository;
        this.postmortems = postmortems;
        this.incidents = incidents;
        this.permissions = permissions;
        this.guests = guests;
        this.scheduler = scheduler;
        this.configurationStore = configurationStore;
        this.people = people;
        this.clock = clock;
    }

    /** The meetings not over yet of unpublished postmortems whose incident the viewer may browse, soonest first. */
    public List<UpcomingMeeting> upcoming(Actor viewer) {
        Configuration configuration = configurationStore.load();
        Instant now = clock.instant();
        ZoneId zone = zoneOf(viewer, configuration);
        List<Postmortem> scheduled = new ArrayList<>();
        for (Postmortem postmortem : repository.unpublished()) {
            if (postmortem.meeting() != null && postmortem.meeting().end().isAfter(now)) {
                scheduled.add(postmortem);
            }
        }
        scheduled.sort(Comparator.comparing((Postmortem p) -> p.meeting().start()).thenComparing(Postmortem::key));
        List<UpcomingMeeting> meetings = new ArrayList<>();
        for (Postmortem postmortem : scheduled) {
            if (meetings.size() >= LIMIT) {
                break;
            }
            if (permissions.canBrowseIssue(viewer.username(), postmortem.incidentKey())) {
                meetings.add(view(postmortem, viewer, configuration, zone));
            }
        }
        return meetings;
    }

    /**
     * Adds the viewer as a guest of the meeting and mails them the invitation with its calendar file. Joining again
     * changes nothing and sends nothing.
     *
     * @return the meeting, and whether this call added the viewer
     */
    public Joined join(String postmortemKey, Actor viewer) {
        Postmortem postmortem = postmortems.get(postmortemKey, viewer);
        Instant now = clock.instant();
        if (postmortem.meeting() == null) {
            throw new ConflictException("This postmortem has no meeting scheduled yet.",
                    List.of("meeting: nothing to join until the facilitator sets the meeting."));
        }
        if (postmortem.isPublished() || !postmortem.meeting().end().isAfter(now)) {
            throw new ConflictException("This postmortem's meeting is over.", List.of("meeting: it ended."));
        }
        Configuration configuration = configurationStore.load();
        boolean added = guests.add(postmortem.key(), viewer.username(), now);
        if (added) {
            scheduler.send(postmortem, List.of(viewer.username()), configuration, now);
        }
        return new Joined(view(postmortem, viewer, configuration, zoneOf(viewer, configuration)), added);
    }

    public record Joined(UpcomingMeeting meeting, boolean added) {
    }

    private UpcomingMeeting view(Postmortem postmortem, Actor viewer, Configuration configuration, ZoneId zone) {
        Optional<Incident> incident = incidents.find(postmortem.incidentKey());
        List<String> slugs = incident.map(Incident::allTeams).orElse(List.of());
        List<String> teamNames = slugs.stream()
                .map(slug -> configuration.directory().team(slug).map(Team::name).orElse(slug)).toList();
        PostmortemAccess access = new PostmortemAccess(configuration.directory());
        boolean invited = access.isFacilitator(viewer, postmortem.facilitator()) || access.isMemberOfAny(viewer, slugs)
                || guests.of(postmortem.key()).contains(viewer.username());
        Meeting meeting = postmortem.meeting();
        return new UpcomingMeeting(postmortem.key(), postmortem.incidentKey(),
                incident.map(Incident::summary).orElse(""), postmortem.severity(), meeting.start(), meeting.end(),
                meeting.durationMinutes(), meeting.location(), teamNames, zone, invited);
    }

    private ZoneId zoneOf(Actor viewer, Configuration configuration) {
        return people.person(viewer.username()).map(Person::timeZone)
                .orElse(configuration.policies().calendar().zone());
    }
}
