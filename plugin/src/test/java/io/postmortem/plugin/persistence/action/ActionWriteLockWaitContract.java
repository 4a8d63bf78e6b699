package io.postmortem.plugin.persistence.action;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.locking.LockBusyException;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
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
 * An action write waits a bounded time for the packed days' lock ({@code action.packs}): while other work holds it
 * longer, the write is refused with {@link LockBusyException} and writes nothing; once it is free the same write
 * succeeds. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class ActionWriteLockWaitContract extends ActiveObjectsTestCase {
    private final SingleNodeLocks locks = new SingleNodeLocks(Duration.ofMillis(300));
    private AoActionRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class);
        repository = new AoActionRepository(ao, () -> ZoneId.of("Europe/London"), locks);
        repository.insert(action("req-0", "CHK-1"));
    }

    @Test
    void aWriteWaitingLongerThanTheBoundIsRefusedAndWritesNothing() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread rebuild = Thread.ofPlatform().start(() -> locks.withLock(ActionPacks.LOCK, () -> {
            held.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThatThrownBy(() -> repository.insert(action("req-1", "CHK-2"))).isInstanceOf(LockBusyException.class);
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(waitedMillis).as("bounded, not hung").isLessThan(5_000);
        assertThat(ao.count(ActionEntity.class)).isEqualTo(1);
        assertThat(repository.byRequestId("req-1")).isEmpty();

        release.countDown();
        rebuild.join(5_000);
        Action stored = repository.insert(action("req-1", "CHK-2"));
        assertThat(repository.byId(stored.id())).contains(stored);
    }

    private static Action action(String requestId, String problemKey) {
        return new Action(0, requestId, "PM-1", "INC-1", problemKey, "CHK", "Fix", "", ActionType.PREVENT,
                "checkout", "payments", Priority.HIGH, Severity.P2, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-01"), null, ActionStatus.OPEN, null, false, "dev", null, "mim",
                Instant.parse("2026-03-01T09:00:00Z"), null);
    }
}
