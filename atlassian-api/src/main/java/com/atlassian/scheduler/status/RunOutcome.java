package com.atlassian.scheduler.status;

/**
 * "Indicates what the result was the last time that this job attempted to fire."
 * <p>
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/package-summary.html
 * (enum RunOutcome). The plugin never names a constant: it shows the outcome's name, so a constant added or renamed
 * in Jira 11 cannot break linking.
 */
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
