package com.atlassian.scheduler;

/**
 * Runs a scheduled job. Implemented by the plugin, so every abstract member is declared.
 * <p>
 * Source: atlassian-scheduler's JobRunner, https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html:
 * {@code @Nullable JobRunnerResponse runJob(JobRunnerRequest request)} is its only method.
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
