package io.postmortem.sandbox.host;

import io.postmortem.sandbox.db.Settings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The sandbox's time. Real time, unless someone set it: then it stands still at that instant (kept across
 * restarts) until it is set again or returned to real time, so due dates and reminders can be walked through.
 */
public final class SandboxClock extends Clock {
    private static final String SETTING = "clock.now";

    private final Settings settings;
    private final Clock real;
    private volatile Instant fixed;

    public SandboxClock(Settings settings, Clock real) {
        this.settings = settings;
        this.real = real;
        this.fixed = settings.get(SETTING).map(Instant::parse).orElse(null);
    }

    public void set(Instant now) {
        settings.put(SETTING, now.toString());
        fixed = now;
    }

    public void useRealTime() {
        settings.remove(SETTING);
        fixed = null;
    }

    /** The instant the clock was set to, or empty when it follows real time. */
    public Optional<Instant> setTo() {
        return Optional.ofNullable(fixed);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
