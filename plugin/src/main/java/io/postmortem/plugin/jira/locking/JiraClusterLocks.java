package io.postmortem.plugin.jira.locking;

import com.atlassian.beehive.ClusterLockService;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.locking.LockBusyException;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Cluster-wide mutual exclusion over Jira's beehive locks. Names are prefixed with the plugin key, as beehive asks
 * ("namespaced adequately to avoid conflicts with other plugins"). Beehive locks are not re-entrant: work must not
 * take the same lock again. Waits are bounded ({@link ClusterLocks#MAX_WAIT}, then {@link LockBusyException}): a
 * beehive lock is a {@link Lock}, and its timed {@code tryLock} is the one the JDK declares.
 */
public final class JiraClusterLocks implements ClusterLocks {
    static final String PREFIX = "io.postmortem.postmortem-for-jira:";

    private final ClusterLockService clusterLockService;
    private final Duration maxWait;

    public JiraClusterLocks(ClusterLockService clusterLockService) {
        this(clusterLockService, MAX_WAIT);
    }

    JiraClusterLocks(ClusterLockService clusterLockService, Duration maxWait) {
        this.clusterLockService = clusterLockService;
        this.maxWait = maxWait;
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        Lock lock = clusterLockService.getLockForName(PREFIX + name);
        if (!acquire(lock)) {
            throw new LockBusyException(name, maxWait);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private boolean acquire(Lock lock) {
        try {
            return lock.tryLock(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
