package io.postmortem.plugin.jira.locking;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraClusterLocksTest {
    private final ClusterLockService lockService = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final JiraClusterLocks locks = new JiraClusterLocks(lockService);

    @Test
    void runsTheWorkWhileHoldingTheNamespacedLock() {
        when(lockService.getLockForName("io.postmortem.postmortem-for-jira:postmortem-numbers")).thenReturn(lock);
        InOrder order = inOrder(lock);

        String result = locks.withLock("postmortem-numbers", () -> {
            verify(lock).lock();
            return "PM-7";
        });

        assertThat(result).isEqualTo("PM-7");
        order.verify(lock).lock();
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
