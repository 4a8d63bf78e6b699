package com.atlassian.scheduler.config;

import java.io.Serializable;

/**
 * Names a JobRunner. Source: atlassian-scheduler's JobRunnerKey (@Immutable @PublicApi public final class implements
 * Serializable, Comparable), listed in https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html: {@code static JobRunnerKey
 * of(String)}. Value equality here lets tests compare keys.
 */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = key;
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
