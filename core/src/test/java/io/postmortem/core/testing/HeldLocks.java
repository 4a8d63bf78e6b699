package io.postmortem.core.testing;

import io.postmortem.core.locking.ClusterLocks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Cluster locks that know which locks the calling thread holds, around real ones: for proving that no call to the
 * ticket system is made while a lock is held.
 */
public final class HeldLocks implements ClusterLocks {
    /** So that a bulk of many thousand writes keeps a bounded record. */
    private static final int RECORDED = 10_000;

    private final ClusterLocks delegate;
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);
    /** The name of every lock taken, in order (the first ten thousand). */
    public final List<String> taken = new CopyOnWriteArrayList<>();

    public HeldLocks(ClusterLocks delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        return delegate.withLock(name, () -> {
            if (taken.size() < RECORDED) {
                taken.add(name);
            }
            held.get()[0]++;
            try {
                return work.get();
            } finally {
                held.get()[0]--;
            }
        });
    }

    /** How many locks the calling thread holds now. */
    public int heldByThisThread() {
        return held.get()[0];
    }
}
