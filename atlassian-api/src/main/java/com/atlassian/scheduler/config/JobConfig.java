package com.atlassian.scheduler.config;

/**
 * How a job is scheduled: its runner, run mode and schedule.
 * <p>
 * Source: atlassian-scheduler's JobConfig (@Immutable @PublicApi public final class), javadoc
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html: {@code static JobConfig forJobRunnerKey(JobRunnerKey)}, {@code JobConfig
 * withRunMode(RunMode)}, {@code JobConfig withSchedule(Schedule)}, {@code JobRunnerKey getJobRunnerKey()},
 * {@code RunMode getRunMode()}, {@code Schedule getSchedule()}. The package is the one RunMode's and Schedule's pages
 * (atlassian-scheduler-api 1.6.0 javadoc) are in.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
