package io.postmortem.core.action;

import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.mail.Mail;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.postmortem.core.action.ActionWorld.draft;
import static org.assertj.core.api.Assertions.assertThat;

/** A P1 action raised Friday 20 Nov 2026 is due Friday 18 Dec 2026; Lead digests go out on Mondays. */
class ActionRemindersTest {
    private final ActionWorld world = new ActionWorld();
    private Action action;

    @BeforeEach
    void aCheckoutActionDueOnTheEighteenth() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        action = world.raise(postmortem, "Add alerting", "r");
        assertThat(action.dueDate()).isEqualTo(ActionWorld.date(2026, 12, 18));
    }

    @Test
    void nothing_before_the_due_soon_window() {
        world.at(2026, 12, 10);
        assertThat(world.reminders.run()).isZero();
        assertThat(world.org.outbox).isEmpty();
    }

    @Test
    void the_owning_team_hears_once_when_the_action_is_due_within_five_business_days() {
        world.at(2026, 12, 11);
        world.reminders.run();
        world.at(2026, 12, 14);
        world.reminders.run();
        world.reminders.run();

        assertThat(world.org.outbox).extracting(m -> m.to().get(0)).containsExactlyInAnyOrder("dev-checkout", "dev-checkout2");
        assertThat(world.org.outbox).allMatch(m -> m.subject().startsWith("Action due 2026-12-18: " + action.problemKey()));
    }

    @Test
    void an_overdue_action_mails_each_team_member_once_however_often_the_job_runs() {
        world.at(2026, 12, 22);
        world.reminders.run();
        world.reminders.run();
        world.at(2026, 12, 23);
        world.reminders.run();

        List<Mail> overdue = world.org.outbox.stream().filter(m -> m.subject().startsWith("Action overdue")).toList();
        assertThat(overdue).extracting(m -> m.to().get(0)).containsExactlyInAnyOrder("dev-checkout", "dev-checkout2");
    }

    @Test
    void closed_actions_and_deleted_tickets_are_not_chased() {
        Action deleted = world.raise(world.postmortemStore.findByIncident("INC-1").orElseThrow(), "Other", "r2");
        world.tickets.transition(action.problemKey(), TicketState.Phase.DONE, "Done");
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, action.problemKey(), "dev-checkout"));
        world.tickets.remove(deleted.problemKey());
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.DELETED, deleted.problemKey(), "admin"));

        world.at(2026, 12, 22);
        assertThat(world.reminders.run()).isZero();
    }

    @Test
    void each_platform_lead_gets_one_digest_of_overdue_actions_per_week_on_the_digest_day() {
        Postmortem postmortem = world.postmortemStore.findByIncident("INC-1").orElseThrow();
        world.raising.raise(postmortem.key(), draft("Reconcile ledger", "ledger", Priority.LOW, "r2"), world.actor("dev-checkout"));

        world.at(2026, 12, 21); // Monday, 1 business day late
        world.reminders.run();
        world.reminders.run();
        world.at(2026, 12, 22); // Tuesday: not the digest day
        world.reminders.run();
        List<Mail> digests = digestsTo("lead-payments");
        assertThat(digests).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Weekly digest: 2 overdue actions on Payments");
            assertThat(mail.body()).contains(action.problemKey() + " Add alerting", "Reconcile ledger (team ledger");
        });
        assertThat(digestsTo("lead-storefront")).isEmpty();

        world.at(2026, 12, 28); // the next Monday: a new week, a new digest
        world.reminders.run();
        assertThat(digestsTo("lead-payments")).hasSize(2);
    }

    private List<Mail> digestsTo(String lead) {
        return world.org.mailTo(lead).stream().filter(m -> m.subject().startsWith("Weekly digest")).toList();
    }
}
