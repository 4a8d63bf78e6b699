package io.postmortem.sandbox.host;

import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.locking.LockBusyException;
import io.postmortem.sandbox.db.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Cluster locks over the database every node shares, as Jira's database-backed {@code ClusterLockService} keeps them
 * in its {@code clusterlockstatus} table: one row per lock ({@code SBX_CLUSTER_LOCK}), taken by a compare-and-set of
 * its owner. The owner holds a lease it renews while the work runs; a node that dies stops renewing, and once its
 * lease ends the others take the lock, so no lock stays held for ever.
 * <p>
 * Threads of this node first queue on a lock of their own per name, so only one of them at a time asks the
 * database. As {@link io.postmortem.core.locking.SingleNodeLocks}: waits are bounded ({@link #MAX_WAIT}, then
 * {@link LockBusyException}) and a lock is not re-entrant.
 * <p>
 * Leases are measured with the machine's real time (never the sandbox's settable clock); nodes on different
 * machines need their clocks in step, as Jira's nodes do.
 */
public final class DatabaseClusterLocks implements ClusterLocks, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DatabaseClusterLocks.class);
    /** How long a lease lasts without renewal: how long a dead node's lock blocks the others at most. */
    static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(2);

    private final Jdbc jdbc;
    private final String node;
    private final Clock realTime;
    private final Duration maxWait;
    private final Duration lease;
    private final ConcurrentMap<String, ReentrantLock> local = new ConcurrentHashMap<>();
    /** Locks this node holds now, by name, with the token of this holding. */
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer;

    public DatabaseClusterLocks(Jdbc jdbc, SandboxNode node) {
        this(jdbc, node.name(), Clock.systemUTC(), MAX_WAIT, LEASE);
    }

    /** With other bounds (tests): how long a request waits, and how long a lease lasts unrenewed. */
    DatabaseClusterLocks(Jdbc jdbc, String node, Clock realTime, Duration maxWait, Duration lease) {
        this.jdbc = jdbc;
        this.node = node;
        this.realTime = realTime;
        this.maxWait = maxWait;
        this.lease = lease;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sandbox-cluster-lock-leases");
            thread.setDaemon(true);
            return thread;
        });
        long renewEvery = Math.min(RENEW_EVERY.toMillis(), Math.max(1, lease.toMillis() / 3));
        renewer.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        ReentrantLock lock = local.computeIfAbsent(name, n -> new ReentrantLock());
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("The lock " + name + " is already held by this thread.");
        }
        if (!tryLocal(lock, deadline)) {
            throw new LockBusyException(name, maxWait);
        }
        try {
            String token = claimBefore(name, deadline).orElseThrow(() -> new LockBusyException(name, maxWait));
            try {
                return work.get();
            } finally {
                release(name, token);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} holding the named lock if nobody holds it now, without waiting; empty when someone (on this
     * node or another) does. For work that must run once in the cluster, whoever starts it.
     */
    public <T> Optional<T> ifFree(String name, Supplier<T> work) {
        ReentrantLock lock = local.computeIfAbsent(name, n -> new ReentrantLock());
        if (lock.isHeldByCurrentThread() || !lock.tryLock()) {
            return Optional.empty();
        }
        try {
            Optional<String> token = claim(name);
            if (token.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                release(name, token.get());
            }
        } finally {
            lock.unlock();
        }
    }

    /** The node holding the named lock now (its lease not over), if any. */
    public Optional<String> holder(String name) {
        return jdbc.queryOne("SELECT OWNER_NODE FROM SBX_CLUSTER_LOCK WHERE LOCK_NAME = ? AND OWNER_TOKEN IS NOT NULL"
                + " AND LEASE_UNTIL >= ?", row -> row.getString(1), name, realTime.millis());
    }

    private static boolean tryLocal(ReentrantLock lock, long deadline) {
        try {
            return lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Optional<String> claimBefore(String name, long deadline) {
        long pauseMillis = 10;
        while (true) {
            Optional<String> token = claim(name);
            if (token.isPresent()) {
                return token;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                Thread.sleep(Math.min(pauseMillis, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pauseMillis = Math.min(pauseMillis * 2, 100);
        }
    }

    /**
     * One compare-and-set: the row becomes this holding's if it is free or its lease is over. The row is made on
     * first use; two nodes making it at once leave one row, and the one whose insert failed tries again later.
     */
    private Optional<String> claim(String name) {
        String token = UUID.randomUUID().toString();
        long now = realTime.millis();
        try {
            boolean taken = jdbc.inTransactionOrSqlFailure(connection -> {
                if (Jdbc.update(connection, "UPDATE SBX_CLUSTER_LOCK SET OWNER_NODE = ?, OWNER_TOKEN = ?, LEASE_UNTIL = ?"
                                + " WHERE LOCK_NAME = ? AND (OWNER_TOKEN IS NULL OR LEASE_UNTIL < ?)",
                        node, token, now + lease.toMillis(), name, now) == 1) {
                    return true;
                }
                boolean exists = !Jdbc.query(connection, "SELECT 1 FROM SBX_CLUSTER_LOCK WHERE LOCK_NAME = ?",
                        row -> 1, name).isEmpty();
                return !exists && Jdbc.update(connection, "INSERT INTO SBX_CLUSTER_LOCK (LOCK_NAME, OWNER_NODE,"
                        + " OWNER_TOKEN, LEASE_UNTIL) VALUES (?, ?, ?, ?)", name, node, token, now + lease.toMillis()) == 1;
            });
            if (taken) {
                held.put(name, token);
                return Optional.of(token);
            }
            return Optional.empty();
        } catch (SQLException e) {
            if (Jdbc.duplicateKey(e)) {
                return Optional.empty();
            }
            throw new IllegalStateException("cannot take the cluster lock " + name + ": " + e.getMessage(), e);
        }
    }

    private void release(String name, String token) {
        held.remove(name, token);
        try {
            jdbc.execute("UPDATE SBX_CLUSTER_LOCK SET OWNER_NODE = NULL, OWNER_TOKEN = NULL, LEASE_UNTIL = 0"
                    + " WHERE LOCK_NAME = ? AND OWNER_TOKEN = ?", name, token);
        } catch (RuntimeException e) {
            // The work is done; the lease ends by itself.
            log.warn("Could not release the cluster lock {}; it frees itself within {} ms", name, lease.toMillis(), e);
        }
    }

    private void renewLeases() {
        for (Map.Entry<String, String> lock : held.entrySet()) {
            try {
                int renewed = jdbc.inTransaction(connection -> Jdbc.update(connection,
                        "UPDATE SBX_CLUSTER_LOCK SET LEASE_UNTIL = ? WHERE LOCK_NAME = ? AND OWNER_TOKEN = ?",
                        realTime.millis() + lease.toMillis(), lock.getKey(), lock.getValue()));
                if (renewed == 0 && held.get(lock.getKey()) == lock.getValue()) {
                    log.error("Node {} lost the cluster lock {}: its lease ran out before it was renewed", node,
                            lock.getKey());
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the cluster lock {}", lock.getKey(), e);
            }
        }
    }

    /** Stops renewing this node's leases, as a node that died would (tests). */
    void stopRenewing() {
        renewer.shutdownNow();
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
