package io.postmortem.core.locking;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SingleNodeLocksTest {

    @Test
    void aLockHeldLongerThanTheBoundRefusesTheWaitingWorkWithoutRunningIt() throws Exception {
        SingleNodeLocks locks = new SingleNodeLocks(Duration.ofMillis(200));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> locks.withLock("action.packs", () -> {
            held.countDown();
            await(release);
            return null;
        }));
        held.await(5, TimeUnit.SECONDS);
        boolean[] ran = {false};

        assertThatThrownBy(() -> locks.withLock("action.packs", () -> ran[0] = true))
                .isInstanceOf(LockBusyException.class)
                .hasMessageContaining("action.packs");
        assertThat(ran[0]).isFalse();
        assertThat(locks.withLock("another lock", () -> "free")).as("other names do not wait").isEqualTo("free");

        release.countDown();
        holder.join(5_000);
        assertThat(locks.withLock("action.packs", () -> "mine")).as("free again once released").isEqualTo("mine");
    }

    @Test
    void theDefaultBoundIsTheClusterLocksBound() throws Exception {
        SingleNodeLocks locks = new SingleNodeLocks();
        assertThat(locks.withLock("x", () -> 1)).isEqualTo(1);
        assertThat(ClusterLocks.MAX_WAIT).isEqualTo(Duration.ofSeconds(10));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
