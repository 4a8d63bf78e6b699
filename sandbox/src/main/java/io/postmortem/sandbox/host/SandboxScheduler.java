package io.postmortem.sandbox.host;

import io.postmortem.core.mail.DailyJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox's stand-in for Jira's scheduler: runs the product's daily jobs (reminders, digests) every few minutes
 * and whenever the sandbox clock is moved, so moving the clock past a due date shows its mail at once. The jobs
 * themselves make repeated runs harmless (one mail per recipient per event).
 */
public final class SandboxScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SandboxScheduler.class);

    /** The last run of all jobs, for the health page: when (sandbox clock), whether all succeeded, what they did. */
    public record LastRun(Instant at, boolean succeeded, String message) {
    }

    private final List<DailyJob> jobs;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private LastRun lastRun;

    /** Every {@link DailyJob} bean of the plugin's context, as Jira's daily job scheduler receives them. */
    public SandboxScheduler(List<DailyJob> jobs, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.clock = clock;
    }

    /** Runs every job now, one after the other; a failing job is logged and does not stop the others. */
    public synchronized int runAll() {
        int sent = 0;
        List<String> failed = new ArrayList<>();
        for (DailyJob job : jobs) {
            try {
                sent += job.run();
            } catch (RuntimeException failure) {
                log.error("Daily job {} failed", job.name(), failure);
                failed.add(job.name());
            }
        }
        lastRun = new LastRun(clock.instant(), failed.isEmpty(), failed.isEmpty()
                ? jobs.size() + " daily job(s) ran, " + sent + " mail(s) sent"
                : "Daily jobs failed: " + failed + "; " + sent + " mail(s) sent by the others");
        return sent;
    }

    /** The daily jobs this scheduler runs, by name. */
    public List<String> jobNames() {
        return jobs.stream().map(DailyJob::name).toList();
    }

    public synchronized Optional<LastRun> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    public synchronized void startEvery(long minutes) {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "sandbox-scheduler");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(this::runAll, minutes, minutes, TimeUnit.MINUTES);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
