package com.atlassian.scheduler.config;

import java.io.Serializable;

/**
 * Names one scheduled job. Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html (a class of
 * com.atlassian.scheduler.config; {@code static JobId of(String)} seen in use; the shape is otherwise unverified). Value equality here
 * lets tests compare ids.
 */
public final class JobId implements Serializable, Comparable<JobId> {
    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
