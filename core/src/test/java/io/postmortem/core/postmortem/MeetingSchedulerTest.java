package io.postmortem.core.postmortem;

import io.postmortem.core.mail.Mail;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingSchedulerTest {
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private final TestOrganisation org = new TestOrganisation();
    private final InMemoryPostmortems store = new InMemoryPostmortems();
    private final MutableClock clock = new MutableClock(NOW);
    private final PostmortemService service = new PostmortemService(org, store, store, org, org, org, clock, List.of(), List.of());
    private final MeetingScheduler scheduler = new MeetingScheduler(service, store, org, org, org,
            new io.postmortem.core.testing.InMemoryMeetingGuests(), clock);

    @Test
    void invites_the_facilitator_and_every_impacted_team_with_a_calendar_request() {
        org.incident("INC-1", Severity.P1, "checkout", List.of("ledger"), NOW.minusSeconds(3600), NOW);
        Postmortem postmortem = service.createFor("INC-1", org.actor("dev-checkout")).postmortem();

        Postmortem scheduled = scheduler.schedule(postmortem.key(), Instant.parse("2026-11-24T10:00:00Z"), 60,
                "Room 4, or https://meet.example.com/inc-1", org.actor("mim"));

        assertThat(scheduled.meeting().durationMinutes()).isEqualTo(60);
        assertThat(org.outbox).hasSize(1);
        Mail invitation = org.outbox.get(0);
        assertThat(invitation.to()).containsExactlyInAnyOrder("mim", "mim2", "dev-checkout", "dev-checkout2", "dev-ledger");
        Mail.Attachment ics = invitation.attachments().get(0);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.content()).contains("METHOD:REQUEST", "DTSTART:20261124T100000Z", "DTEND:20261124T110000Z",
                "SEQUENCE:0", "LOCATION:Room 4\\, or https://meet.example.com/inc-1");

        scheduler.schedule(postmortem.key(), Instant.parse("2026-11-24T14:00:00Z"), 45, "Room 5", org.actor("dev-ledger"));
        assertThat(org.outbox.get(1).subject()).startsWith("Updated invitation");
        assertThat(org.outbox.get(1).attachments().get(0).content()).contains("SEQUENCE:1");
    }

    @Test
    void bad_meeting_input_names_the_field_and_others_may_not_set_it() {
        org.incident("INC-2", Severity.P1, "checkout", List.of(), NOW.minusSeconds(3600), NOW);
        Postmortem postmortem = service.createFor("INC-2", org.actor("dev-checkout")).postmortem();

        assertThatThrownBy(() -> scheduler.schedule(postmortem.key(), NOW, 5, " ", org.actor("mim")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKeys("durationMinutes", "location"));
        assertThatThrownBy(() -> scheduler.schedule(postmortem.key(), NOW, 30, "Room", org.actor("dev-search")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(org.outbox).isEmpty();
    }
}
