package io.postmortem.core.postmortem;

import io.postmortem.core.mail.Mail;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PostmortemRemindersTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant FRIDAY_AFTERNOON = ZonedDateTime.of(2026, 11, 20, 15, 30, 0, 0, LONDON).toInstant();

    private final TestOrganisation org = new TestOrganisation();
    private final InMemoryPostmortems store = new InMemoryPostmortems();
    private final MutableClock clock = new MutableClock(FRIDAY_AFTERNOON);
    private final PostmortemService service = new PostmortemService(org, store, store, org, org, org, clock, List.of(), List.of());
    private final PostmortemReminders reminders = new PostmortemReminders(store, org, org, org, org, org, clock);

    @BeforeEach
    void aP2ResolvedOnFridayIsDueTuesday() {
        org.incident("INC-1", Severity.P2, "checkout", List.of("ledger"), FRIDAY_AFTERNOON.minusSeconds(3600), FRIDAY_AFTERNOON);
        service.createFor("INC-1", org.actor("dev-checkout"));
    }

    @Test
    void nothing_before_the_due_day() {
        at(2026, 11, 23);
        assertThat(reminders.run()).isZero();
        assertThat(org.outbox).isEmpty();
    }

    @Test
    void on_the_due_day_each_facilitator_hears_once_however_often_the_job_runs() {
        at(2026, 11, 24);
        reminders.run();
        reminders.run();

        assertThat(org.outbox).extracting(m -> m.to().get(0)).containsExactlyInAnyOrder("mim", "mim2");
        assertThat(org.outbox).allMatch(m -> m.subject().startsWith("Postmortem meeting due today"));
    }

    @Test
    void past_the_due_date_one_overdue_reminder_per_recipient_then_escalation_two_business_days_later() {
        at(2026, 11, 25);
        reminders.run();
        reminders.run();
        assertThat(org.outbox).hasSize(2).allMatch(m -> m.subject().startsWith("Postmortem overdue"));

        at(2026, 11, 27);
        reminders.run();
        reminders.run();
        List<Mail> escalations = org.outbox.stream().filter(m -> m.subject().startsWith("Escalation")).toList();
        assertThat(escalations).extracting(m -> m.to().get(0)).containsExactlyInAnyOrder("mim", "mim2", "lead-payments");
        assertThat(org.outbox).hasSize(5);
    }

    @Test
    void a_held_meeting_stops_the_reminders() {
        Postmortem postmortem = store.findByIncident("INC-1").orElseThrow();
        service.update(postmortem.key(), new ContentChange(Map.of(Section.SUMMARY, "s"), Optional.empty(), Optional.empty(), null),
                org.actor("mim"));
        service.transition(postmortem.key(), PostmortemStatus.IN_REVIEW, org.actor("mim"));

        at(2026, 12, 4);
        assertThat(reminders.run()).isZero();
    }

    private void at(int year, int month, int day) {
        clock.set(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, LONDON).toInstant());
    }
}
