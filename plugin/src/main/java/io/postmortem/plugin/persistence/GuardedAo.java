package io.postmortem.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.postmortem.plugin.health.DegradedFeatures;
import io.postmortem.plugin.health.HostCalls;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The Active Objects calls no public Jira 10/11 source shows (rows "guarded" in atlassian-api/evidence.tsv), each
 * behind the guard, for every repository:
 * <ul>
 *   <li>transactions ({@value #TRANSACTIONS}): if {@code executeInTransaction} does not link, writes are refused
 *       with a clear message; they never run outside a transaction, so nothing is half written;</li>
 *   <li>streamed reads ({@value #STREAMING}): refused the same way (the dashboards and pack rebuilds that use them
 *       say so) rather than answered differently;</li>
 *   <li>schema upgrades ({@value #UPGRADES}): an upgrade task's model version and its {@code migrate}; if either
 *       does not link, the upgrade is refused, so Active Objects keeps the installed schema and its rows;</li>
 *   <li>bulk inserts ({@value #BULK_INSERTS}): fall back to one {@code create(type, row)} per row, which inserts
 *       the same rows in the same transaction.</li>
 * </ul>
 * The health page names the missing member. Static on purpose: the repositories keep their constructors (every host
 * and test builds them), and the plugin's Spring context points this at the plugin's {@link HostCalls} when it starts
 * ({@link #reportingTo}). Until then a failure is still refused and logged, only not listed on the health page.
 */
public final class GuardedAo {
    static final String TRANSACTIONS = "database-writes";
    static final String STREAMING = "database-streamed-reads";
    static final String BULK_INSERTS = "database-bulk-inserts";
    static final String UPGRADES = "database-upgrades";

    private static volatile HostCalls host = new HostCalls(new DegradedFeatures(Clock.systemUTC()));

    private GuardedAo() {
    }

    /** Called once by the plugin's Spring context; answers a token so it can be declared as a bean. */
    public static GuardedAo reportingTo(HostCalls hostCalls) {
        host = hostCalls;
        return new GuardedAo();
    }

    public static <T> T inTransaction(ActiveObjects ao, TransactionCallback<T> work) {
        return host.call(TRANSACTIONS, () -> ao.executeInTransaction(work));
    }

    public static <T extends RawEntity<K>, K> void stream(ActiveObjects ao, Class<T> type, Query query,
                                                          EntityStreamCallback<T, K> callback) {
        host.run(STREAMING, () -> ao.stream(type, query, callback));
    }

    public static <T extends RawEntity<K>, K> void createAll(ActiveObjects ao, Class<T> type,
                                                             List<Map<String, Object>> rows) {
        host.callOr(BULK_INSERTS, () -> {
            ao.create(type, rows);
            return null;
        }, () -> {
            for (Map<String, Object> row : rows) {
                ao.create(type, row);
            }
            return null;
        });
    }

    /** The model version an upgrade task upgrades to. */
    public static ModelVersion modelVersion(String version) {
        return host.call(UPGRADES, () -> ModelVersion.valueOf(version));
    }

    /** Migrates the schema of {@code types} inside an upgrade task. */
    @SafeVarargs
    public static void migrate(ActiveObjects ao, Class<? extends RawEntity<?>>... types) {
        host.run(UPGRADES, () -> ao.migrate(types));
    }

    /** Deletes rows; refused like any write when the call does not link. */
    public static void delete(ActiveObjects ao, RawEntity<?>... rows) {
        host.run(TRANSACTIONS, () -> ao.delete(rows));
    }

    /**
     * Inserts one row unless a row with {@code keyColumn = key} exists (a unique column). False when it exists,
     * also when another node inserted it between the look and the insert: the unique index refuses the second insert,
     * and the look after the refusal finds the winner's row. Any other refusal is thrown.
     */
    public static <T extends RawEntity<K>, K> boolean insertOnce(ActiveObjects ao, Class<T> type, String keyColumn,
                                                                 String key, DBParam... columns) {
        if (exists(ao, type, keyColumn, key)) {
            return false;
        }
        try {
            inTransaction(ao, () -> ao.create(type, columns));
            return true;
        } catch (RuntimeException insertRefused) {
            if (exists(ao, type, keyColumn, key)) {
                return false;
            }
            throw insertRefused;
        }
    }

    private static <T extends RawEntity<K>, K> boolean exists(ActiveObjects ao, Class<T> type, String keyColumn,
                                                             String key) {
        return ao.count(type, Query.select().where(keyColumn + " = ?", key)) > 0;
    }
}
