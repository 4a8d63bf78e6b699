package io.postmortem.plugin.persistence.config;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.shared.ConflictException;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The configuration in Jira's database, parsed once per change on each node.
 * <p>
 * Every {@link #load()} reads the stored version (one indexed row, {@code VERSION} by its primary key
 * {@code SCOPE}); only when it differs from the version this node parsed last does it read and parse the JSON. So a
 * save on any node is seen by the next load on every node, and the 60-team document is parsed once per change per
 * node. Within {@link OneConfigurationPerRequest} the first load's snapshot serves the rest of the request.
 * <p>
 * {@link #loadForGate()} serves the decisions Jira asks on every issue view and event ("is this issue ours at all?"):
 * it gives this node's snapshot without reading the database when the node confirmed its version less than
 * {@link #GATE_CONFIRMATION} ago, so an unrelated issue costs no statement; a change saved on another node reaches
 * those decisions within that time, and every other read at once. A save writes the configuration and its audit
 * rows in one transaction.
 */
public class AoConfigurationStore implements ConfigurationStore {
    /** How old a confirmed snapshot may be for {@link #loadForGate()}. */
    static final Duration GATE_CONFIRMATION = Duration.ofSeconds(2);

    private final ActiveObjects ao;
    private final Clock clock;
    private final long gateConfirmationNanos;
    private volatile ConfigurationSnapshot snapshot;

    public AoConfigurationStore(ActiveObjects ao) {
        this(ao, Clock.systemUTC());
    }

    AoConfigurationStore(ActiveObjects ao, Clock clock) {
        this(ao, clock, GATE_CONFIRMATION);
    }

    AoConfigurationStore(ActiveObjects ao, Clock clock, Duration gateConfirmation) {
        this.ao = ao;
        this.clock = clock;
        this.gateConfirmationNanos = gateConfirmation.toNanos();
    }

    @Override
    public Configuration load() {
        return snapshot().configuration();
    }

    /**
     * The configuration for deciding whether an issue or event concerns the plugin at all: this node's snapshot if
     * it was confirmed against the database within {@link #GATE_CONFIRMATION} (no statement), else {@link #load()}.
     */
    public Configuration loadForGate() {
        OneConfigurationPerRequest.Scope scope = OneConfigurationPerRequest.current();
        ConfigurationSnapshot inRequest = scope == null ? null : scope.snapshotOf(this);
        if (inRequest != null) {
            return inRequest.configuration();
        }
        ConfigurationSnapshot known = snapshot;
        if (known != null && System.nanoTime() - known.confirmedAtNanos() < gateConfirmationNanos) {
            return known.configuration();
        }
        return load();
    }

    private ConfigurationSnapshot snapshot() {
        OneConfigurationPerRequest.Scope scope = OneConfigurationPerRequest.current();
        ConfigurationSnapshot inRequest = scope == null ? null : scope.snapshotOf(this);
        if (inRequest != null) {
            return inRequest;
        }
        ConfigurationSnapshot fresh = confirmedOrRead();
        snapshot = fresh;
        if (scope != null) {
            scope.remember(this, fresh);
        }
        return fresh;
    }

    /** This node's snapshot if the stored version is still the one it was parsed from, else the stored document. */
    private ConfigurationSnapshot confirmedOrRead() {
        long now = System.nanoTime();
        ConfigurationSnapshot known = snapshot;
        if (known != null && storedVersion() == known.version()) {
            return known.confirmedAt(now);
        }
        ConfigurationEntity[] rows = ao.find(ConfigurationEntity.class,
                Query.select("SCOPE, JSON, VERSION").where("SCOPE = ?", ConfigurationEntity.GLOBAL));
        if (rows.length == 0) {
            return new ConfigurationSnapshot(0, Configuration.defaults(), now);
        }
        return new ConfigurationSnapshot(rows[0].getVersion(), ConfigurationJson.read(rows[0].getJson()), now);
    }

    /** The stored version alone: 0 before the first save. */
    private int storedVersion() {
        // Streamed: find would select every column, the JSON included; a stream selects the two named.
        int[] version = {0};
        GuardedAo.stream(ao, ConfigurationEntity.class,
                Query.select("SCOPE, VERSION").where("SCOPE = ?", ConfigurationEntity.GLOBAL),
                row -> version[0] = row.getVersion());
        return version[0];
    }

    @Override
    public void save(Configuration configuration, String actor, List<String> changes) {
        String json = ConfigurationJson.write(configuration);
        long now = clock.millis();
        OneConfigurationPerRequest.Scope scope = OneConfigurationPerRequest.current();
        if (scope != null) {
            scope.forget(this);
        }
        snapshot = null;
        int saved = GuardedAo.inTransaction(ao, () -> {
            int version = writeConfiguration(json);
            for (String change : changes) {
                ao.create(ConfigurationAuditEntity.class,
                        new DBParam("ACTOR", actor),
                        new DBParam("CHANGED_AT", now),
                        new DBParam("CHANGE_TEXT", change),
                        new DBParam("CONFIG_VERSION", version));
            }
            return version;
        });
        // Committed: this node knows the new version without reading it back. The document is read back from what
        // was written, so this node's snapshot is exactly what every other node will parse.
        snapshot = new ConfigurationSnapshot(saved, ConfigurationJson.read(json), System.nanoTime());
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        ConfigurationAuditEntity[] rows = ao.find(ConfigurationAuditEntity.class,
                Query.select().order("CHANGED_AT DESC, ID DESC").limit(limit));
        return Arrays.stream(rows)
                .map(row -> new AuditEntry(row.getID(), row.getActor(), Instant.ofEpochMilli(row.getChangedAt()),
                        row.getChangeText()))
                .toList();
    }

    /** The stored version of the configuration: 0 before the first save. */
    public int version() {
        return storedVersion();
    }

    /**
     * Replaces the row by compare-and-set on its version, so a version names one document on every node: two nodes
     * saving at once cannot both write version n + 1 (the second finds no row at version n and is refused).
     */
    private int writeConfiguration(String json) {
        int stored = storedVersion();
        if (stored > 0 && ao.deleteWithSQL(ConfigurationEntity.class, "SCOPE = ? AND VERSION = ?",
                ConfigurationEntity.GLOBAL, stored) == 0) {
            throw new ConflictException("The configuration was changed by someone else meanwhile; reload it and "
                    + "make the change again.", List.of("version"));
        }
        ao.create(ConfigurationEntity.class,
                new DBParam("SCOPE", ConfigurationEntity.GLOBAL),
                new DBParam("JSON", json),
                new DBParam("VERSION", stored + 1));
        return stored + 1;
    }
}
