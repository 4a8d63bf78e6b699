package com.atlassian.scheduler;

/**
 * The scheduler could not schedule a job. A checked exception (jira-platform-facts.md 2.15; superclass unverified).
 */
public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        super(message);
    }
}
