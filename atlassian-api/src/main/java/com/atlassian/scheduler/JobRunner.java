package com.atlassian.scheduler;

/**
 * Runs a scheduled job. Implemented by the plugin, so every abstract member is declared.
 * <p>
 * Source: atlassian-scheduler's JobRunner, decompiled in the code index (jira-platform-facts.md 2.15):
 * {@code @Nullable JobRunnerResponse runJob(JobRunnerRequest request)} is its only method.
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
