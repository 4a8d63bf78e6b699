package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;

import java.util.Date;

/**
 * What the scheduler tells a JobRunner about one run.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html (an interface; members: {@code Date getStartTime()}, {@code JobId getJobId()},
 * {@code JobConfig getJobConfig()}, {@code boolean isCancellationRequested()}). We only read the job id; the page was
 * not seen.
 */
public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
