package io.postmortem.sandbox.web;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final LoginThrottle throttle = new LoginThrottle(now::get);

    @Test
    void fiveFailuresLockTheUserForAMinuteThenTheCountStartsOver() {
        for (int i = 0; i < LoginThrottle.ALLOWED_FAILURES; i++) {
            assertThat(throttle.allows("Mim")).isTrue();
            throttle.record("mim", false);
        }
        assertThat(throttle.allows("mim")).isFalse();
        assertThat(throttle.allows("sre")).isTrue();

        now.addAndGet(LoginThrottle.LOCKOUT.toNanos() - 1);
        assertThat(throttle.allows("mim")).isFalse();
        now.addAndGet(1);
        assertThat(throttle.allows("mim")).isTrue();

        throttle.record("mim", false);
        assertThat(throttle.allows("mim")).as("one more failure after the lockout starts a new count").isTrue();
    }

    @Test
    void aSuccessClearsTheFailures() {
        for (int i = 0; i < LoginThrottle.ALLOWED_FAILURES - 1; i++) {
            throttle.record("sre", false);
        }
        throttle.record("sre", true);
        throttle.record("sre", false);
        assertThat(throttle.allows("sre")).isTrue();
    }
}
