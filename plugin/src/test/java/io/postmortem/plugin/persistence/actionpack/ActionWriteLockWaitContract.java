package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.locking.LockBusyException;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.plugin.persistence.action.ActionChangeEntity;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An action write waits a bounded time for the lock of the pack row it enters: while other work holds that lock
 * longer, the write is refused with {@link LockBusyException} and writes nothing; once it is free the same write
 * succeeds. A write into a row of another stripe does not wait at all. Run on H2, PostgreSQL and MariaDB.
 */
abstract class ActionWriteLockWaitContract extends ActiveObjectsTestCase {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final SingleNodeLocks locks = new SingleNodeLocks(Duration.ofMillis(300));
    private AoActionRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class);
        repository = AoActionRepository.inZone(ao, () -> LONDON, locks);
        repository.insert(action("req-0", "CHK-1", "checkout", "CHK"));
    }

    @Test
    void aWriteWaitingLongerThanTheBoundIsRefusedAndWritesNothing() throws Exception {
        Action blocked = action("req-1", "CHK-2", "checkout", "CHK");
        Holder holder = hold(ActionPacks.lockOf(daysOf(blocked)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> repository.insert(blocked)).isInstanceOf(LockBusyException.class)
                .hasMessageContaining("nothing was changed");
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(waitedMillis).as("bounded, not hung").isLessThan(5_000);
        assertThat(ao.count(ActionEntity.class)).isEqualTo(1);
        assertThat(repository.byRequestId("req-1")).isEmpty();

        holder.release();
        Action stored = repository.insert(blocked);
        assertThat(repository.byId(stored.id())).contains(stored);
    }

    @Test
    void aWriteIntoAnotherStripeDoesNotWaitForAHeldOne() throws Exception {
        Action blocked = action("req-1", "CHK-2", "checkout", "CHK");
        Action elsewhere = action("req-2", "SRCH-1", "search", "SRCH");
        assertThat(ActionPacks.lockOf(daysOf(elsewhere))).as("the two rows are in different stripes")
                .isNotEqualTo(ActionPacks.lockOf(daysOf(blocked)));
        Holder holder = hold(ActionPacks.lockOf(daysOf(blocked)));
        try {
            Action stored = repository.insert(elsewhere);
            assertThat(repository.byId(stored.id())).contains(stored);
            Action closed = repository.update(stored.withTicketState(ActionStatus.DONE, "Done", "dev",
                    Instant.parse("2026-03-20T09:00:00Z")));
            assertThat(repository.byId(stored.id())).contains(closed);
        } finally {
            holder.release();
        }
    }

    private static PackedDays daysOf(Action action) {
        return PackedDays.of(AoActionRepository.row(action, LONDON));
    }

    /** Holds a lock in another thread until released, as a long rebuild or a slow writer on another node would. */
    private Holder hold(String lock) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread thread = Thread.ofPlatform().start(() -> locks.withLock(lock, () -> {
            held.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        return new Holder(thread, release);
    }

    private record Holder(Thread thread, CountDownLatch latch) {
        void release() throws InterruptedException {
            latch.countDown();
            thread.join(5_000);
        }
    }

    private static Action action(String requestId, String problemKey, String team, String project) {
        return new Action(0, requestId, "PM-1", "INC-1", problemKey, project, "Fix", "", ActionType.PREVENT,
                team, "payments", Priority.HIGH, Severity.P2, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-01"), null, ActionStatus.OPEN, null, false, "dev", null, "mim",
                Instant.parse("2026-03-01T09:00:00Z"), null);
    }
}
