package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.status.RunDetails;

/**
 * The scheduler's record of past runs.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/package-use.html
 * (RunDetails "used by com.atlassian.scheduler") and atlassian-scheduler's public source, where
 * {@code SchedulerHistoryService} declares {@code @Nullable RunDetails getLastRunForJob(@Nonnull JobId jobId)}.
 * No Jira 10/11 javadoc of this type was found: the plugin imports it with {@code availability="optional"} and calls
 * it behind a guard that catches {@link LinkageError} (io.postmortem.plugin.jira.health.JiraHostHealth).
 */
public interface SchedulerHistoryService {

    /** The last run of the job on any node; null when it has not run (or the history was purged). */
    RunDetails getLastRunForJob(JobId jobId);
}
