package io.postmortem.plugin.jira.setup;

import io.postmortem.plugin.jira.scheduling.DailyJobScheduler;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PluginLifecycleTest {
    private final PostmortemSetup setup = mock(PostmortemSetup.class);
    private final DailyJobScheduler dailyJobs = mock(DailyJobScheduler.class);
    private final PluginLifecycle lifecycle = new PluginLifecycle(setup, dailyJobs);

    @Test
    void startSetsUpJiraThenSchedulesTheDailyJobs() {
        lifecycle.onStart();

        InOrder order = inOrder(setup, dailyJobs);
        order.verify(setup).ensure();
        order.verify(dailyJobs).start();
    }

    @Test
    void aFailedSetupStillSchedulesTheDailyJobs() {
        when(setup.ensure()).thenThrow(new IllegalStateException("no permission to create issue types"));

        lifecycle.onStart();

        verify(dailyJobs).start();
    }

    @Test
    void stopOnlyStopsTheDailyJobsOnThisNode() {
        lifecycle.onStop();

        verify(dailyJobs).stop();
        verify(setup, never()).ensure();
    }
}
