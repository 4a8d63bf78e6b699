package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;

import java.util.Date;

/**
 * What the scheduler tells a JobRunner about one run.
 * <p>
 * Source: jira-platform-facts.md 2.15 (interface: {@code Date getStartTime()}, {@code JobId getJobId()},
 * {@code JobConfig getJobConfig()}, {@code boolean isCancellationRequested()}). We only read the job id; the page was
 * not seen.
 */
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
