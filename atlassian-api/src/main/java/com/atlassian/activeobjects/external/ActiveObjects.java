package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The Active Objects service Jira gives each plugin: its own tables (prefixed {@code AO_xxxxxx_}) in Jira's database.
 * Thread-safe. Jira's implementation wraps {@link SQLException}s in unchecked exceptions, except where declared.
 * <p>
 * Sources:
 * <ul>
 *   <li>https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 *       and the matching apidocs of {@code EntityManagedActiveObjects} (interface, generic bounds of every method);</li>
 *   <li>a CFR-decompiled {@code ActiveObjects} of a recent AO plugin (stored public source) that adds
 *       {@code create(Class, List<Map>)} and {@code getFastCountEstimate(Class)} to the methods above; this is the
 *       list declared here, method for method.</li>
 * </ul>
 * Erasures that matter at runtime: {@code get(Class,Object)} and {@code create(Class,DBParam[])} return
 * {@code RawEntity}; {@code find(..)} and {@code get(Class,Object[])} return {@code RawEntity[]};
 * {@code executeInTransaction} returns {@code Object}. Every abstract method is declared because the test harness
 * implements this interface. Not verified: that Jira 11.3's AO plugin (6.x) has no further abstract methods (its
 * javadoc is not published); the plugin only calls methods, so an extra method in Jira would not break it.
 */
public interface ActiveObjects {

    /** Creates or updates the schema of the given entities (never drops anything). */
    void migrate(Class<? extends RawEntity<?>>... entities);

    /** Like {@link #migrate(Class[])}, and drops the columns and tables the entities no longer have. */
    void migrateDestructively(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    void flush(RawEntity<?>... entities);

    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    /** Inserts many rows at once. */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type) throws SQLException, FailedFastCountException;

    /** Runs the callback in one transaction; a {@link RuntimeException} from it rolls everything back. */
    <T> T executeInTransaction(TransactionCallback<T> callback);

    ActiveObjectsModuleMetaData moduleMetaData();
}
