package io.postmortem.core.postmortem;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Team;
import io.postmortem.core.mail.Mail;
import io.postmortem.core.mail.Mailer;
import io.postmortem.core.people.People;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.ValidationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sets the postmortem meeting and invites the facilitator and every impacted team, with a calendar attachment. */
public final class MeetingScheduler {
    private final PostmortemService postmortems;
    private final PostmortemRepository repository;
    private final ConfigurationStore configurationStore;
    private final People people;
    private final Mailer mailer;
    private final MeetingGuests guests;
    private final Clock clock;

    public MeetingScheduler(PostmortemService postmortems, PostmortemRepository repository,
                            ConfigurationStore configurationStore, People people, Mailer mailer, MeetingGuests guests,
                            Clock clock) {
        this.postmortems = postmortems;
        this.repository = repository;
        this.configurationStore = configurationStore;
        this.people = people;
        this.mailer = mailer;
        this.guests = guests;
        this.clock = clock;
    }

    public Postmortem schedule(String postmortemKey, Instant start, int durationMinutes, String location, Actor actor) {
        Postmortem current = postmortems.get(postmortemKey, actor);
        Configuration configuration = configurationStore.load();
        PostmortemAccess access = new PostmortemAccess(configuration.directory());
        List<String> teams = postmortems.impactedTeams(current);
        if (!access.steers(actor, current) && !access.isMemberOfAny(actor, teams)) {
            throw new ForbiddenException("Only the facilitator, MIM, SRE and the impacted teams can set the meeting.");
        }
        if (current.isPublished()) {
            throw new ForbiddenException("This postmortem is published; its meeting is over.");
        }
        validate(start, durationMinutes, location);
        int sequence = current.meeting() == null ? 0 : current.meeting().sequence() + 1;
        Instant now = clock.instant();
        Postmortem saved = repository.update(current.withMeeting(new Meeting(start, durationMinutes, location.trim(), sequence)),
                List.of(new SectionRevision(current.key(), "MEETING", start + " (" + durationMinutes + " min) " + location.trim(),
                        actor.username(), now)));
        invite(saved, teams, configuration, now);
        return saved;
    }

    private void invite(Postmortem postmortem, List<String> teams, Configuration configuration, Instant now) {
        Set<String> recipients = new LinkedHashSet<>(people.membersOf(
                new PostmortemAccess(configuration.directory()).facilitatorGroup(postmortem.facilitator())));
        for (String slug : teams) {
            configuration.directory().team(slug).map(Team::group).ifPresent(group -> recipients.addAll(people.membersOf(group)));
        }
        // Guests who joined hear of every change of time or place, as the teams do.
        recipients.addAll(guests.of(postmortem.key()));
        send(postmortem, List.copyOf(recipients), configuration, now);
    }

    /** Sends the meeting's invitation (or, after a change, the updated one) with its calendar file. */
    void send(Postmortem postmortem, List<String> recipients, Configuration configuration, Instant now) {
        ZoneId zone = configuration.policies().calendar().zone();
        String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z").withZone(zone).format(postmortem.meeting().start());
        String subject = (postmortem.meeting().sequence() == 0 ? "Invitation" : "Updated invitation")
                + ": postmortem meeting for " + postmortem.incidentKey() + " (" + postmortem.severity() + ")";
        String body = "You are invited to the blameless postmortem meeting of " + postmortem.incidentKey() + ".\n\n"
                + "When: " + when + " (" + postmortem.meeting().durationMinutes() + " minutes)\n"
                + "Where: " + postmortem.meeting().location() + "\n"
                + "Postmortem: " + postmortem.key() + "\n\n"
                + "Please add your team's view to the incident timeline before the meeting.";
        String ics = MeetingInvitation.ics(postmortem, "Postmortem: " + postmortem.incidentKey(), body, now);
        mailer.send(new Mail(recipients, subject, body,
                List.of(new Mail.Attachment("invite.ics", "text/calendar; method=REQUEST", ics))));
    }

    private static void validate(Instant start, int durationMinutes, String location) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (start == null) {
            errors.put("start", "Required.");
        }
        if (durationMinutes < 15 || durationMinutes > Duration.ofHours(8).toMinutes()) {
            errors.put("durationMinutes", "Between 15 and 480 minutes.");
        }
        if (location == null || location.isBlank()) {
            errors.put("location", "Say where the meeting is: a room or a video link.");
        } else if (location.length() > 500) {
            errors.put("location", "At most 500 characters.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
