package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Atlassian's cluster-aware job scheduler.
 * <p>
 * Source: atlassian-scheduler's SchedulerService (@PublicApi public interface), javadoc
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html: {@code void registerJobRunner(JobRunnerKey, JobRunner)},
 * {@code void unregisterJobRunner(JobRunnerKey)}, {@code void scheduleJob(JobId, JobConfig) throws
 * SchedulerServiceException}. The api javadoc https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/
 * documents the config package (JobConfig, Schedule, RunMode); this interface's page was not seen there.
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    /**
     * The job's details; null when no job has this id. Source:
     * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/JobDetails.html
     * ("All the static details for a given scheduled job", returned by the scheduler service for a job id). Called
     * only behind a guard that catches LinkageError (io.postmortem.plugin.jira.health.JiraHostHealth).
     */
    com.atlassian.scheduler.status.JobDetails getJobDetails(JobId jobId);
}
