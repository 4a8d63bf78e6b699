package io.postmortem.sandbox.web;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing, as Jira does after repeated failures: after {@value #ALLOWED_FAILURES} failed logins
 * in a row for one user name, every login as that user (right password or not, form or HTTP Basic) is refused for
 * {@link #LOCKOUT}. A successful login clears the count.
 */
public final class LoginThrottle {
    public static final int ALLOWED_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofSeconds(60);

    private record Failures(int count, long lockedUntilNanos) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public LoginThrottle() {
        this(System::nanoTime);
    }

    LoginThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Whether a login as {@code username} may be tried now. */
    public boolean allows(String username) {
        Failures f = failures.get(key(username));
        return f == null || f.count() < ALLOWED_FAILURES || nanoTime.getAsLong() - f.lockedUntilNanos() >= 0;
    }

    /** Records the outcome of a login that {@link #allows} let through. */
    public void record(String username, boolean succeeded) {
        String key = key(username);
        if (succeeded) {
            failures.remove(key);
            return;
        }
        failures.merge(key, new Failures(1, 0), (old, one) -> {
            int count = old.count() >= ALLOWED_FAILURES ? 1 : old.count() + 1;
            return new Failures(count, count >= ALLOWED_FAILURES ? nanoTime.getAsLong() + LOCKOUT.toNanos() : 0);
        });
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
