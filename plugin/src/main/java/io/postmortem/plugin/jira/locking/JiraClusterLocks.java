package io.postmortem.plugin.jira.locking;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.postmortem.core.locking.ClusterLocks;

import java.util.function.Supplier;

/**
 * Cluster-wide mutual exclusion over Jira's beehive locks. Names are prefixed with the plugin key, as beehive asks
 * ("namespaced adequately to avoid conflicts with other plugins"). Beehive locks are not re-entrant: work must not
 * take the same lock again.
 */
public final class JiraClusterLocks implements ClusterLocks {
    static final String PREFIX = "io.postmortem.postmortem-for-jira:";

    private final ClusterLockService clusterLockService;

    public JiraClusterLocks(ClusterLockService clusterLockService) {
        this.clusterLockService = clusterLockService;
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        ClusterLock lock = clusterLockService.getLockForName(PREFIX + name);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
