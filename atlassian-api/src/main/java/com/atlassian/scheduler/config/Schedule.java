package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.TimeZone;

/**
 * When a job runs.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
 * ("@Immutable @PublicApi public final class Schedule"; {@code static Schedule forCronExpression(String cronExpression,
 * TimeZone timeZone)}, {@code static Schedule forInterval(long intervalInMillis, Date firstRunTime)}). The real class
 * exposes the settings through getCronScheduleInfo()/getIntervalScheduleInfo(), which we never call; the
 * {@code declared...} accessors here exist only so tests can read what was asked for.
 */
public final class Schedule {
    private final String cronExpression;
    private final TimeZone timeZone;

    private Schedule(String cronExpression, TimeZone timeZone) {
        this.cronExpression = cronExpression;
        this.timeZone = timeZone;
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(cronExpression, timeZone);
    }

    public String declaredCronExpression() {
        return cronExpression;
    }

    public TimeZone declaredTimeZone() {
        return timeZone;
    }
}
