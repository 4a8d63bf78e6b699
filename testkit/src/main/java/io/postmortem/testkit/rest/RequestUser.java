package io.postmortem.testkit.rest;

import java.util.Optional;

/**
 * Who is logged in for the request the current thread is serving. {@link RestHarness} sets it from each request
 * (header {@value #HEADER}, or the user name of HTTP Basic credentials, password ignored) before the resource runs
 * and clears it when the response leaves; a request with neither is anonymous.
 *
 * <p>A test's {@code CurrentUser} reads it: {@code CurrentUser currentUser = RequestUser::current;}
 */
public final class RequestUser {
    /** The request header naming the logged-in user; it wins over HTTP Basic credentials. */
    public static final String HEADER = "X-Test-User";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestUser() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} as {@code username} on this thread (for code that runs outside a request, e.g. a job). */
    public static void runAs(String username, Runnable work) {
        String previous = CURRENT.get();
        set(username);
        try {
            work.run();
        } finally {
            set(previous);
        }
    }

    static void set(String username) {
        if (username == null || username.isBlank()) {
            CURRENT.remove();
        } else {
            CURRENT.set(username);
        }
    }
}
