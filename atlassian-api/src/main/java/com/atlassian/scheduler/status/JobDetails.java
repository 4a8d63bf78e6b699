package com.atlassian.scheduler.status;

import com.atlassian.scheduler.config.RunMode;

import java.util.Date;

/**
 * A scheduled job as the scheduler knows it.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/JobDetails.html
 * ("@Immutable @PublicApi public interface JobDetails"; {@code RunMode getRunMode()}, {@code Date getNextRunTime()}
 * "Returns the next time at which this job will run, if known"). Declared with the two methods the plugin calls,
 * behind a guard that catches {@link LinkageError} (no Jira 10/11 javadoc of the scheduler API was found).
 */
public interface JobDetails {

    RunMode getRunMode();

    /** Null when not known. */
    Date getNextRunTime();
}
