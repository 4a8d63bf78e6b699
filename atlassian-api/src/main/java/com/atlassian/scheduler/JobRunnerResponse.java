package com.atlassian.scheduler;

/**
 * The outcome of a job run.
 * <p>
 * Source: atlassian-scheduler's JobRunnerResponse (@PublicApi @Immutable public final class), javadoc
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html: {@code static JobRunnerResponse success(String)},
 * {@code static JobRunnerResponse failed(Throwable)}. The accessors below exist so tests can read the outcome; the
 * real class has them under other names that we never call.
 */
public final class JobRunnerResponse {
    private final boolean success;
    private final String message;

    private JobRunnerResponse(boolean success, String message) {
        this.success = success;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(true, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(false, String.valueOf(cause));
    }

    public boolean declaredSuccess() {
        return success;
    }

    public String declaredMessage() {
        return message;
    }
}
