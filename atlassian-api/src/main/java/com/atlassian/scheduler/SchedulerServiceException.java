package com.atlassian.scheduler;

/**
 * The scheduler could not schedule a job. A checked exception (listed among the exceptions of https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html; superclass unverified).
 */
public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        super(message);
    }
}
