package io.postmortem.core.locking;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A lock per name in this JVM: for hosts that are one node (the sandbox, tests), where that excludes everyone who
 * matters. Jira Data Center needs its cluster-wide locks instead (the plugin's {@code JiraClusterLocks}). Like those,
 * a lock is not re-entrant: taking one the thread already holds is a programming error, refused here at once where
 * Jira would wait for ever.
 */
public final class SingleNodeLocks implements ClusterLocks {
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Duration maxWait;

    public SingleNodeLocks() {
        this(MAX_WAIT);
    }

    /** With another bound on waits than {@link ClusterLocks#MAX_WAIT} (tests). */
    public SingleNodeLocks(Duration maxWait) {
        this.maxWait = maxWait;
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("The lock " + name + " is already held by this thread.");
        }
        if (!acquire(lock)) {
            throw new LockBusyException(name, maxWait);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private boolean acquire(ReentrantLock lock) {
        try {
            return lock.tryLock(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
