package io.postmortem.core.locking;

import java.util.function.Supplier;

/** Mutual exclusion that holds across every node of a cluster, not just this JVM. */
public interface ClusterLocks {

    <T> T withLock(String name, Supplier<T> work);
}
