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
 * <p>
 * The setting lives in the database: every node on a shared database tells the same time. A node reads it again
 * when its copy is older than {@link #REREAD_AFTER_NANOS}, so a clock set on one node reaches the others within
 * that, without a query on every reading of the time.
 */
public final class SandboxClock extends Clock {
    private static final String SETTING = "clock.now";
    static final long REREAD_AFTER_NANOS = 200_000_000L;

    private final Settings settings;
    private final Clock real;
    private volatile Reading reading;

    private record Reading(Instant fixed, long readAtNanos) {
    }

    public SandboxClock(Settings settings, Clock real) {
        this.settings = settings;
        this.real = real;
        this.reading = read();
    }

    public void set(Instant now) {
        settings.put(SETTING, now.toString());
        reading = new Reading(now, System.nanoTime());
    }

    public void useRealTime() {
        settings.remove(SETTING);
        reading = new Reading(null, System.nanoTime());
    }

    /** The instant the clock was set to, or empty when it follows real time. */
    public Optional<Instant> setTo() {
        return Optional.ofNullable(current().fixed());
    }

    @Override
    public Instant instant() {
        Instant at = current().fixed();
        return at != null ? at : real.instant();
    }

    private Reading current() {
        Reading last = reading;
        if (System.nanoTime() - last.readAtNanos() < REREAD_AFTER_NANOS) {
            return last;
        }
        Reading fresh = read();
        reading = fresh;
        return fresh;
    }

    private Reading read() {
        return new Reading(settings.get(SETTING).map(Instant::parse).orElse(null), System.nanoTime());
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
