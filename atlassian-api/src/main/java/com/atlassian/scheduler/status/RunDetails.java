package com.atlassian.scheduler.status;

import java.util.Date;

/**
 * "A report of the result from a specific attempt to run a job."
 * <p>
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/package-summary.html
 * (interface RunDetails, enum RunOutcome) and Confluence's use of it,
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/impl/schedule/caesium/SchedulerRunDetails.html
 * ({@code getStartTime()}, {@code getMessage()}, the outcome as a {@code RunOutcome}). Called only behind a guard that
 * catches {@link LinkageError}.
 */
public interface RunDetails {

    Date getStartTime();

    RunOutcome getRunOutcome();

    /** The job runner's message; may be empty. */
    String getMessage();
}
