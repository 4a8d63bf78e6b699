package io.postmortem.core.postmortem;

import io.postmortem.core.mail.Mail;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryMeetingGuests;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenMeetingsTest {
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private final TestOrganisation org = new TestOrganisation();
    private final InMemoryPostmortems store = new InMemoryPostmortems();
    private final InMemoryMeetingGuests guests = new InMemoryMeetingGuests();
    private final MutableClock clock = new MutableClock(NOW);
    private final PostmortemService service = new PostmortemService(org, store, store, org, org, org, clock, List.of(), List.of());
    private final MeetingScheduler scheduler = new MeetingScheduler(service, store, org, org, org, guests, clock);
    private final OpenMeetings meetings = new OpenMeetings(store, service, org, org, guests, scheduler, org, org, clock);

    private Postmortem scheduled(String incident, String start) {
        org.incident(incident, Severity.P2, "checkout", List.of("ledger"), NOW.minusSeconds(7200), NOW.minusSeconds(3600));
        Postmortem postmortem = service.createFor(incident, org.actor("dev-checkout")).postmortem();
        return scheduler.schedule(postmortem.key(), Instant.parse(start), 60, "Room 4", org.actor("mim"));
    }

    @Test
    void anyone_who_may_see_the_incident_sees_the_upcoming_meetings_soonest_first() {
        Postmortem later = scheduled("INC-1", "2026-11-25T10:00:00Z");
        Postmortem sooner = scheduled("INC-2", "2026-11-23T10:00:00Z");
        Postmortem hidden = scheduled("INC-3", "2026-11-24T10:00:00Z");
        org.hide("INC-3", "dev-search");

        List<UpcomingMeeting> upcoming = meetings.upcoming(org.actor("dev-search"));

        assertThat(upcoming).extracting(UpcomingMeeting::postmortemKey).containsExactly(sooner.key(), later.key());
        UpcomingMeeting first = upcoming.get(0);
        assertThat(first.location()).isEqualTo("Room 4");
        assertThat(first.severity()).isEqualTo(Severity.P2);
        assertThat(first.teams()).containsExactly("Checkout", "Ledger");
        assertThat(first.invited()).isFalse();
        assertThat(meetings.upcoming(org.actor("dev-ledger")).get(0).invited()).isTrue();
        assertThat(meetings.upcoming(org.actor("mim"))).extracting(UpcomingMeeting::postmortemKey).contains(hidden.key());

        clock.set(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(meetings.upcoming(org.actor("dev-search"))).isEmpty();
    }

    @Test
    void joining_sends_the_invitation_once_and_a_later_change_reaches_the_guest() {
        Postmortem postmortem = scheduled("INC-1", "2026-11-25T10:00:00Z");
        org.outbox.clear();

        OpenMeetings.Joined joined = meetings.join(postmortem.key(), org.actor("dev-search"));
        meetings.join(postmortem.key(), org.actor("dev-search"));

        assertThat(joined.added()).isTrue();
        assertThat(joined.meeting().invited()).isTrue();
        List<Mail> mail = org.mailTo("dev-search");
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).to()).containsExactly("dev-search");
        assertThat(mail.get(0).attachments().get(0).content()).contains("METHOD:REQUEST", "DTSTART:20261125T100000Z");

        scheduler.schedule(postmortem.key(), Instant.parse("2026-11-26T14:00:00Z"), 45, "Room 5", org.actor("mim"));
        assertThat(org.mailTo("dev-search")).hasSize(2);
        assertThat(org.mailTo("dev-search").get(1).subject()).startsWith("Updated invitation");
        assertThat(org.mailTo("dev-search").get(1).attachments().get(0).content()).contains("SEQUENCE:1", "LOCATION:Room 5");
    }

    @Test
    void nothing_to_join_without_a_meeting_and_hidden_incidents_stay_hidden() {
        org.incident("INC-9", Severity.P2, "checkout", List.of(), NOW.minusSeconds(7200), NOW.minusSeconds(3600));
        Postmortem none = service.createFor("INC-9", org.actor("dev-checkout")).postmortem();
        assertThatThrownBy(() -> meetings.join(none.key(), org.actor("dev-search"))).isInstanceOf(ConflictException.class);

        Postmortem postmortem = scheduled("INC-1", "2026-11-25T10:00:00Z");
        org.hide("INC-1", "dev-search");
        assertThatThrownBy(() -> meetings.join(postmortem.key(), org.actor("dev-search")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(guests.of(postmortem.key())).isEmpty();
    }
}
