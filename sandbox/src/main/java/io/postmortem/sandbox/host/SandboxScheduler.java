package io.postmortem.sandbox.host;

import io.postmortem.core.locking.LockBusyException;
import io.postmortem.core.mail.DailyJob;
import io.postmortem.sandbox.db.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox's stand-in for Jira's scheduler: runs the product's daily jobs (reminders, digests) whenever the
 * sandbox clock is moved, so moving the clock past a due date shows its mail at once. The jobs themselves make
 * repeated runs harmless (one mail per recipient per event).
 * <p>
 * Once per cluster, as Jira runs a {@code RUN_ONCE_PER_CLUSTER} job: a run is asked for in the shared database (a
 * pending run, {@value #PENDING}), one node at a time runs the jobs holding the cluster lock {@value #LOCK}, and the
 * pending run is cleared only when the jobs finished. On a shared database every node looks for a pending run
 * every second ({@link #startWatching()}): when the node that ran the jobs dies in the middle, its lock's lease ends
 * and another node runs them to the end; the ledger keeps what was already sent from being sent again.
 */
public final class SandboxScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SandboxScheduler.class);
    static final String PENDING = "daily.pending";
    static final String LOCK = "sandbox.daily-jobs";
    /** How long a new pending run is left to the node that asked for it before the watching nodes step in. */
    static final Duration LEFT_TO_THE_ASKER = Duration.ofSeconds(2);

    /** The last run of all jobs, for the health page: when (sandbox clock), whether all succeeded, what they did. */
    public record LastRun(Instant at, boolean succeeded, String message) {
    }

    private final List<DailyJob> jobs;
    private final Clock clock;
    private final DatabaseClusterLocks locks;
    private final Settings settings;
    private ScheduledExecutorService timer;
    private volatile LastRun lastRun;

    /** Every {@link DailyJob} bean of the plugin's context, as Jira's daily job scheduler receives them. */
    public SandboxScheduler(List<DailyJob> jobs, Clock clock, DatabaseClusterLocks locks, Settings settings) {
        this.jobs = List.copyOf(jobs);
        this.clock = clock;
        this.locks = locks;
        this.settings = settings;
    }

    /**
     * Asks for a run and runs every job now, one after the other; a failing job is logged and does not stop the
     * others. Returns the mails this node sent; 0 when another node kept the jobs busy for longer than the cluster
     * lock's wait (the run stays pending, and the nodes watching run it).
     */
    public int runAll() {
        // The request and when (real time) it was made: the watching nodes leave a fresh one to the node asking.
        settings.put(PENDING, UUID.randomUUID() + "@" + System.currentTimeMillis());
        try {
            return locks.withLock(LOCK, this::runPending);
        } catch (LockBusyException busy) {
            log.info("The daily jobs are running on node {}; the run asked for stays pending",
                    locks.holder(LOCK).orElse("(unknown)"));
            return 0;
        }
    }

    /** Holding the lock: runs the jobs, then clears the pending run they answered (unless a newer one came). */
    private int runPending() {
        Optional<String> pending = settings.get(PENDING);
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
        pending.ifPresent(request -> settings.remove(PENDING, request));
        lastRun = new LastRun(clock.instant(), failed.isEmpty(), failed.isEmpty()
                ? jobs.size() + " daily job(s) ran, " + sent + " mail(s) sent"
                : "Daily jobs failed: " + failed + "; " + sent + " mail(s) sent by the others");
        return sent;
    }

    /**
     * Runs a pending run if there is one, the node that asked for it had its chance ({@link #LEFT_TO_THE_ASKER}),
     * and no node runs the jobs now.
     */
    void runIfPending() {
        try {
            Optional<String> pending = settings.get(PENDING);
            if (pending.isPresent() && System.currentTimeMillis() - askedAt(pending.get()) >= LEFT_TO_THE_ASKER.toMillis()) {
                locks.ifFree(LOCK, this::runPending);
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for a pending run of the daily jobs", e);
        }
    }

    private static long askedAt(String pending) {
        try {
            return Long.parseLong(pending.substring(pending.indexOf('@') + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException unreadable) {
            return 0;
        }
    }

    /** The daily jobs this scheduler runs, by name. */
    public List<String> jobNames() {
        return jobs.stream().map(DailyJob::name).toList();
    }

    public Optional<LastRun> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /** On a shared database: looks for a pending run every second, and runs it when no node does. */
    public synchronized void startWatching() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "sandbox-scheduler");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(this::runIfPending, 1, 1, TimeUnit.SECONDS);
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
