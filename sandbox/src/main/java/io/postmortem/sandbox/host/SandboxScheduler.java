package io.postmortem.sandbox.host;

import io.postmortem.core.mail.DailyJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
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

    private final List<DailyJob> jobs;
    private ScheduledExecutorService timer;

    /** Every {@link DailyJob} bean of the plugin's context, as Jira's daily job scheduler receives them. */
    public SandboxScheduler(List<DailyJob> jobs) {
        this.jobs = List.copyOf(jobs);
    }

    /** Runs every job now, one after the other; a failing job is logged and does not stop the others. */
    public synchronized int runAll() {
        int sent = 0;
        for (DailyJob job : jobs) {
            try {
                sent += job.run();
            } catch (RuntimeException failure) {
                log.error("Daily job {} failed", job.name(), failure);
            }
        }
        return sent;
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
