package io.postmortem.core.action;

import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.postmortem.core.action.ActionWorld.draft;
import static org.assertj.core.api.Assertions.assertThat;

class ActionSyncTest {
    private final ActionWorld world = new ActionWorld();
    private Postmortem postmortem;
    private Action action;

    @BeforeEach
    void anOpenAction() {
        postmortem = world.postmortem("INC-1", Severity.P1);
        action = world.raise(postmortem, "Add alerting", "r");
        world.clock.advance(Duration.ofDays(3));
    }

    @Test
    void a_resolved_ticket_makes_the_action_done_and_the_postmortem_complete() {
        assertThat(summary().complete()).isFalse();
        world.tickets.transition(action.problemKey(), TicketState.Phase.DONE, "Done");
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, action.problemKey(), "dev-checkout"));

        Action done = stored();
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.resolution()).isEqualTo("Done");
        assertThat(done.closedAt()).isEqualTo(world.clock.instant());
        assertThat(summary().complete()).isTrue();
        assertThat(world.store.history(action.id())).extracting(ActionChange::detail).contains("OPEN -> DONE (Done)");
    }

    @Test
    void wont_do_or_declined_resolutions_decline_the_action_which_also_completes_the_postmortem() {
        Action second = world.raise(postmortem, "Rewrite billing", "r2");
        world.tickets.transition(action.problemKey(), TicketState.Phase.DONE, "Won't Do");
        world.tickets.transition(second.problemKey(), TicketState.Phase.DONE, "Declined");
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, action.problemKey(), "dev-checkout"));
        assertThat(summary().complete()).isFalse();
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, second.problemKey(), "dev-checkout"));

        assertThat(stored().status()).isEqualTo(ActionStatus.DECLINED);
        assertThat(world.store.byId(second.id()).orElseThrow().status()).isEqualTo(ActionStatus.DECLINED);
        assertThat(summary().complete()).isTrue();
        assertThat(ActionSync.isDeclining("won’t do")).isTrue();
        assertThat(ActionSync.isDeclining("Fixed")).isFalse();
    }

    @Test
    void reopened_is_open_again_and_started_is_in_progress() {
        world.tickets.transition(action.problemKey(), TicketState.Phase.IN_PROGRESS, null);
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, action.problemKey(), "dev-checkout"));
        assertThat(stored().status()).isEqualTo(ActionStatus.IN_PROGRESS);

        world.tickets.transition(action.problemKey(), TicketState.Phase.DONE, "Done");
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, action.problemKey(), "dev-checkout"));
        world.tickets.transition(action.problemKey(), TicketState.Phase.TO_DO, null);
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.REOPENED, action.problemKey(), "mim"));

        Action reopened = stored();
        assertThat(reopened.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.resolution()).isNull();
        assertThat(world.store.history(action.id())).extracting(ActionChange::detail)
                .contains("OPEN -> IN_PROGRESS", "IN_PROGRESS -> DONE (Done)", "DONE -> OPEN");
    }

    @Test
    void a_reassigned_ticket_keeps_its_assignee_on_the_action() {
        world.tickets.assign(action.problemKey(), "dev-checkout2");
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.ASSIGNED, action.problemKey(), "dev-checkout"));

        assertThat(stored().assignee()).isEqualTo("dev-checkout2");
        assertThat(stored().status()).isEqualTo(ActionStatus.OPEN);
        assertThat(world.store.history(action.id())).extracting(ActionChange::what).contains(ActionChange.What.ASSIGNEE);
    }

    @Test
    void a_ticket_moved_to_another_teams_project_changes_key_and_team() {
        String newKey = world.tickets.move(action.problemKey(), "SRCH");
        world.sync.handle(new TicketEvent(TicketEvent.Kind.MOVED, newKey, action.problemKey(), "dev-search"));

        Action moved = stored();
        assertThat(moved.problemKey()).isEqualTo(newKey);
        assertThat(moved).extracting(Action::projectKey, Action::team, Action::platform).containsExactly("SRCH", "search", "storefront");
        assertThat(world.store.byProblemKey(action.problemKey())).isEmpty();
        assertThat(world.store.history(action.id())).extracting(ActionChange::detail)
                .contains(action.problemKey() + " -> " + newKey + "; team checkout -> search");
    }

    @Test
    void a_ticket_moved_to_a_project_without_a_team_keeps_the_team() {
        String newKey = world.tickets.move(action.problemKey(), "MISC");
        world.sync.handle(new TicketEvent(TicketEvent.Kind.MOVED, newKey, action.problemKey(), "admin"));

        assertThat(stored()).extracting(Action::problemKey, Action::projectKey, Action::team, Action::platform)
                .containsExactly(newKey, "MISC", "checkout", "payments");
    }

    @Test
    void a_deleted_ticket_leaves_the_action_on_record_with_a_visible_trace() {
        world.tickets.remove(action.problemKey());
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.DELETED, action.problemKey(), "admin"));
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.DELETED, action.problemKey(), "admin"));

        Action kept = stored();
        assertThat(kept.ticketDeleted()).isTrue();
        assertThat(kept).extracting(Action::summary, Action::problemKey, Action::status)
                .containsExactly("Add alerting", action.problemKey(), ActionStatus.OPEN);
        assertThat(world.queries.list(postmortem.key(), world.actor("mim"))).extracting(i -> i.action().id()).containsExactly(action.id());
        assertThat(summary().ticketsDeleted()).isEqualTo(1);
        assertThat(world.store.history(action.id())).filteredOn(c -> c.what() == ActionChange.What.TICKET_DELETED)
                .singleElement().satisfies(c -> assertThat(c.actor()).isEqualTo("admin"));
    }

    @Test
    void an_update_for_a_ticket_that_is_gone_is_treated_as_a_deletion() {
        world.tickets.remove(action.problemKey());
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, action.problemKey(), "admin"));
        assertThat(stored().ticketDeleted()).isTrue();
    }

    @Test
    void events_about_other_tickets_change_nothing() {
        world.raising.raise(postmortem.key(), draft("Other", "ledger", Priority.LOW, "x"), world.actor("dev-checkout"));
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.DELETED, "INC-1", "admin"));
        world.sync.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "CHK-999", "admin"));

        assertThat(world.store.find(ActionFilter.any())).allMatch(a -> !a.ticketDeleted() && a.status() == ActionStatus.OPEN);
    }

    private Action stored() {
        return world.store.byId(action.id()).orElseThrow();
    }

    private ActionsSummary summary() {
        return world.queries.summary(postmortem.key(), world.actor("mim"));
    }
}
