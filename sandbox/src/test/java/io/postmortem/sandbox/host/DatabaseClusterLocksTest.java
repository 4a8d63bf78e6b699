package io.postmortem.sandbox.host;

import io.postmortem.core.locking.LockBusyException;
import io.postmortem.sandbox.db.Jdbc;
import io.postmortem.sandbox.db.SandboxDatabase;
import io.postmortem.sandbox.db.SandboxSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes' locks ({@link DatabaseClusterLocks} instances of their own, as two processes have) on one database:
 * only the database arbitrates between them.
 */
class DatabaseClusterLocksTest {
    private static final Duration LEASE = Duration.ofMillis(600);

    /** A thread per holder: the common pool may have one worker, which a blocked holder would keep. */
    private final ExecutorService threads = Executors.newCachedThreadPool();
    @TempDir
    Path folder;
    private SandboxDatabase database;
    private DatabaseClusterLocks nodeA;
    private DatabaseClusterLocks nodeB;

    @BeforeEach
    void twoNodesOnOneDatabase() {
        database = SandboxDatabase.open(folder);
        Jdbc jdbc = new Jdbc(database);
        SandboxSchema.create(jdbc);
        nodeA = new DatabaseClusterLocks(jdbc, "node-a", Clock.systemUTC(), Duration.ofMillis(400), LEASE);
        nodeB = new DatabaseClusterLocks(jdbc, "node-b", Clock.systemUTC(), Duration.ofMillis(400), LEASE);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        nodeA.close();
        nodeB.close();
        database.close();
    }

    @Test
    void aLockHeldByOneNodeKeepsTheOtherWaitingAtMostItsBoundThenBusyWithoutRunningTheWork() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> nodeA.withLock("packs", () -> {
            held.countDown();
            await(finish);
            return "a";
        }), threads);
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(nodeB.holder("packs")).contains("node-a");

        AtomicBoolean ran = new AtomicBoolean();
        long started = System.nanoTime();
        assertThatThrownBy(() -> nodeB.withLock("packs", () -> ran.getAndSet(true)))
                .isInstanceOf(LockBusyException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(ran).isFalse();

        finish.countDown();
        assertThat(holder.get(5, TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(nodeB.withLock("packs", () -> "b")).isEqualTo("b");
        assertThat(nodeA.holder("packs")).isEmpty();
    }

    @Test
    void aLiveHolderRenewsItsLeaseForAsLongAsItsWorkRuns() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> nodeA.withLock("daily", () -> {
            held.countDown();
            sleep(LEASE.multipliedBy(3).toMillis());
            return "a";
        }), threads);
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        sleep(LEASE.toMillis());

        // Past the first lease: node-a renewed it, so node-b still cannot take the lock.
        assertThatThrownBy(() -> nodeB.withLock("daily", () -> "b")).isInstanceOf(LockBusyException.class);
        assertThat(holder.get(5, TimeUnit.SECONDS)).isEqualTo("a");
    }

    @Test
    void theLockOfANodeThatStoppedRenewingIsTakenOnceItsLeaseIsOverAndItsLateReleaseFreesNothing() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        nodeA.stopRenewing();
        CompletableFuture<String> dead = CompletableFuture.supplyAsync(() -> nodeA.withLock("daily", () -> {
            held.countDown();
            await(finish);
            return "a";
        }), threads);
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();

        DatabaseClusterLocks patientB = new DatabaseClusterLocks(new Jdbc(database), "node-b", Clock.systemUTC(),
                LEASE.multipliedBy(4), LEASE);
        try {
            CountDownLatch bHolds = new CountDownLatch(1);
            CountDownLatch bFinish = new CountDownLatch(1);
            CompletableFuture<String> taken = CompletableFuture.supplyAsync(() -> patientB.withLock("daily", () -> {
                bHolds.countDown();
                await(bFinish);
                return "b";
            }), threads);
            assertThat(bHolds.await(5, TimeUnit.SECONDS))
                    .as(() -> taken.isCompletedExceptionally() ? taken.exceptionNow().toString() : "still waiting")
                    .isTrue();
            assertThat(patientB.holder("daily")).contains("node-b");

            // node-a's work ends after all: its release must not free node-b's holding.
            finish.countDown();
            assertThat(dead.get(5, TimeUnit.SECONDS)).isEqualTo("a");
            assertThat(patientB.holder("daily")).contains("node-b");
            bFinish.countDown();
            assertThat(taken.get(5, TimeUnit.SECONDS)).isEqualTo("b");
        } finally {
            patientB.close();
        }
    }

    @Test
    void ifFreeRunsOnlyWhenNoNodeHoldsTheLock() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> nodeA.withLock("daily", () -> {
            held.countDown();
            await(finish);
            return "a";
        }), threads);
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(nodeB.ifFree("daily", () -> "b")).isEmpty();
        finish.countDown();
        holder.get(5, TimeUnit.SECONDS);
        assertThat(nodeB.ifFree("daily", () -> "b")).contains("b");
    }

    @Test
    void aLockIsNotReentrant() {
        assertThatThrownBy(() -> nodeA.withLock("packs", () -> nodeA.withLock("packs", () -> "again")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already held");
        assertThat(nodeB.withLock("packs", () -> "free again")).isEqualTo("free again");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
