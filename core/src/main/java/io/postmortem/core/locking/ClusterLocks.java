package io.postmortem.core.locking;

import java.time.Duration;
import java.util.function.Supplier;

/** Mutual exclusion that holds across every node of a cluster, not just this JVM. */
public interface ClusterLocks {

    /**
     * The longest any request waits for a lock someone else holds. Well above the longest hold (rebuilding the packed
     * action days at a million actions takes about 4 s), well below an HTTP client's patience.
     */
    Duration MAX_WAIT = Duration.ofSeconds(10);

    /**
     * Runs {@code work} holding the named lock, waiting at most {@link #MAX_WAIT} for it; when it stays held longer,
     * throws {@link LockBusyException} without running the work.
     */
    <T> T withLock(String name, Supplier<T> work);
}
