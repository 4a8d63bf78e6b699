package io.postmortem.plugin.jira.locking;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.locking.LockBusyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.InOrder;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraClusterLocksTest {
    private final ClusterLockService lockService = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final JiraClusterLocks locks = new JiraClusterLocks(lockService);

    @BeforeEach
    void theLockIsFree() throws InterruptedException {
        when(lock.tryLock(ClusterLocks.MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)).thenReturn(true);
    }

    @Test
    void aLockHeldLongerThanTheBoundRefusesTheWorkWithoutUnlocking() throws InterruptedException {
        when(lockService.getLockForName("io.postmortem.postmortem-for-jira:action.packs")).thenReturn(lock);
        JiraClusterLocks bounded = new JiraClusterLocks(lockService, Duration.ofMillis(250));
        when(lock.tryLock(250, TimeUnit.MILLISECONDS)).thenReturn(false);
        boolean[] ran = {false};

        assertThatThrownBy(() -> bounded.withLock("action.packs", () -> ran[0] = true))
                .isInstanceOf(LockBusyException.class)
                .hasMessageContaining("action.packs").hasMessageContaining("nothing was changed");

        assertThat(ran[0]).isFalse();
        verify(lock, never()).unlock();
    }

    @Test
    void anInterruptedWaitRefusesTheWorkAndKeepsTheInterrupt() throws InterruptedException {
        when(lockService.getLockForName("io.postmortem.postmortem-for-jira:x")).thenReturn(lock);
        when(lock.tryLock(ClusterLocks.MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .thenThrow(new InterruptedException());

        assertThatThrownBy(() -> locks.withLock("x", () -> "never")).isInstanceOf(LockBusyException.class);

        assertThat(Thread.interrupted()).as("the interrupt is kept (and cleared here)").isTrue();
    }

    @Test
    void runsTheWorkWhileHoldingTheNamespacedLock() throws InterruptedException {
        when(lockService.getLockForName("io.postmortem.postmortem-for-jira:postmortem-numbers")).thenReturn(lock);
        InOrder order = inOrder(lock);

        String result = locks.withLock("postmortem-numbers", () -> {
            verify(lock, never()).unlock();
            return "PM-7";
        });

        assertThat(result).isEqualTo("PM-7");
        order.verify(lock).tryLock(ClusterLocks.MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        order.verify(lock).unlock();
    }

    @Test
    void releasesTheLockWhenTheWorkFails() {
        when(lockService.getLockForName("io.postmortem.postmortem-for-jira:x")).thenReturn(lock);

        assertThatThrownBy(() -> locks.withLock("x", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        verify(lock).unlock();
    }
}
