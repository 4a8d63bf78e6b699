package io.postmortem.core.action;

import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.testing.HeldLocks;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticket system is never asked while a lock is held: {@link ActionSync} reads the ticket first and locks only
 * its database write. Every ticket call checks the locks this thread holds; and because it reads before it locks, an
 * event that read an older state and wrote it after a newer event's write reads the ticket again and ends with what
 * the ticket says.
 */
class ActionSyncHoldsNoLockAcrossTicketCallsTest {
    private final HeldLocks locks = new HeldLocks(new SingleNodeLocks());
    private final ActionWorld world = new ActionWorld(locks);
    private final List<String> callsUnderLock = new CopyOnWriteArrayList<>();
    private final List<Runnable> onNextStatus = new ArrayList<>();
    private ActionSync sync;
    private Action action;

    @BeforeEach
    void anOpenAction() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        action = world.raise(postmortem, "Add alerting", "r");
        ProblemTickets watched = new ProblemTickets() {
            @Override
            public String create(ProblemTicketRequest request, String actingUser) {
                check("create");
                return world.tickets.create(request, actingUser);
            }

            @Override
            public Optional<String> findByRequest(String requestId) {
                check("findByRequest " + requestId);
                return world.tickets.findByRequest(requestId);
            }

            @Override
            public Optional<TicketState> status(String key) {
                check("status " + key);
                Optional<TicketState> state = world.tickets.status(key);
                if (!onNextStatus.isEmpty()) {
                    onNextStatus.remove(0).run();
                }
                return state;
            }

            @Override
            public void delete(String key) {
                check("delete " + key);
                world.tickets.delete(key);
            }
        };
        sync = new ActionSync(world.store, watched, world.org, locks, world.clock);
    }

    @Test
    void everyKindOfEventAsksTheTicketSystemHoldingNoLock() {
        world.tickets.transition(action.problemKey(), TicketState.Phase.IN_PROGRESS, null);
        sync.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, action.problemKey(), "dev-checkout"));
        world.tickets.assign(action.problemKey(), "dev-checkout2");
        sync.handle(TicketEvent.of(TicketEvent.Kind.ASSIGNED, action.problemKey(), "dev-checkout"));
        world.tickets.transition(action.problemKey(), TicketState.Phase.DONE, "Done");
        sync.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, action.problemKey(), "dev-checkout"));
        String moved = world.tickets.move(action.problemKey(), "SRCH");
        sync.handle(new TicketEvent(TicketEvent.Kind.MOVED, moved, action.problemKey(), "dev-search"));
        world.tickets.remove(moved);
        sync.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, moved, "admin"));

        Action stored = world.store.byId(action.id()).orElseThrow();
        assertThat(stored).extracting(Action::problemKey, Action::team, Action::status, Action::ticketDeleted)
                .containsExactly(moved, "search", ActionStatus.DONE, true);
        assertThat(locks.taken).as("the row was written under its lock").contains(ActionSync.rowLock(action.id()));
        assertThat(callsUnderLock).isEmpty();
    }

    @Test
    void theCheckSeesATicketCallMadeUnderALock() {
        // The guard itself: a ticket call inside a lock is recorded, so the test above could fail.
        locks.withLock("anything", () -> world.tickets.status(action.problemKey()).map(s -> {
            check("status");
            return s;
        }));
        assertThat(callsUnderLock).containsExactly("status");
    }

    @Test
    void anEventThatWroteAnOlderStateAfterANewerOneReadsTheTicketAgain() {
        world.tickets.transition(action.problemKey(), TicketState.Phase.IN_PROGRESS, null);
        // While the first event has read "in progress" and not yet written it, the ticket is resolved and the
        // resolution's event is handled in full; then the first event writes its older state.
        onNextStatus.add(() -> {
            world.tickets.transition(action.problemKey(), TicketState.Phase.DONE, "Done");
            sync.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, action.problemKey(), "dev-checkout"));
        });
        sync.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, action.problemKey(), "dev-checkout"));

        assertThat(world.store.byId(action.id()).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
        assertThat(world.store.history(action.id())).extracting(ActionChange::detail)
                .containsSubsequence("OPEN -> DONE (Done)", "DONE -> IN_PROGRESS", "IN_PROGRESS -> DONE (Done)");
        assertThat(callsUnderLock).isEmpty();
    }

    private void check(String call) {
        if (locks.heldByThisThread() > 0) {
            callsUnderLock.add(call);
        }
    }
}
