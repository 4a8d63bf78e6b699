package io.postmortem.core.locking;

import io.postmortem.core.shared.ConflictException;

import java.time.Duration;
import java.util.List;

/**
 * A cluster lock stayed held by other work for longer than {@link ClusterLocks#MAX_WAIT}: the work that wanted it did
 * not run, so nothing was changed, and the same request can simply be sent again (REST: 409, reason "busy").
 */
public final class LockBusyException extends ConflictException {
    public LockBusyException(String lockName, Duration waited) {
        super("Another change held the lock " + lockName + " for more than " + waited.toSeconds()
                + " s; nothing was changed. Try again in a moment.", List.of("busy"));
    }
}
