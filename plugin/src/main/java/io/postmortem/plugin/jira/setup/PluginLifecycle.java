package io.postmortem.plugin.jira.setup;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.postmortem.plugin.jira.scheduling.DailyJobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when the plugin starts and stops on a node. Exported as a SAL {@link LifecycleAware} service
 * (host-exports.xml): Jira calls {@link #onStart()} once Jira and the plugin are up (Active Objects usable), and
 * {@link #onStop()} before the plugin is disabled or Jira stops.
 */
public final class PluginLifecycle implements LifecycleAware {
    private static final Logger log = LoggerFactory.getLogger(PluginLifecycle.class);

    private final PostmortemSetup setup;
    private final DailyJobScheduler dailyJobs;

    public PluginLifecycle(PostmortemSetup setup, DailyJobScheduler dailyJobs) {
        this.setup = setup;
        this.dailyJobs = dailyJobs;
    }

    @Override
    public void onStart() {
        try {
            setup.ensure();
        } catch (RuntimeException failure) {
            // Creation then refuses with a clear message; the rest of the plugin (and reminders) still works.
            log.error("Could not create the Postmortem issue and link types", failure);
        }
        dailyJobs.start();
    }

    @Override
    public void onStop() {
        dailyJobs.stop();
    }
}
