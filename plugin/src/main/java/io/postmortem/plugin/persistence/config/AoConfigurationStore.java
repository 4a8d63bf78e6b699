package io.postmortem.plugin.persistence.config;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The configuration in Jira's database. Every {@link #load()} reads the database, so all cluster nodes see a save at
 * once; a save writes the configuration and its audit rows in one transaction.
 */
public class AoConfigurationStore implements ConfigurationStore {
    private final ActiveObjects ao;
    private final Clock clock;

    public AoConfigurationStore(ActiveObjects ao) {
        this(ao, Clock.systemUTC());
    }

    AoConfigurationStore(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Configuration load() {
        ConfigurationEntity row = current();
        return row == null ? Configuration.defaults() : ConfigurationJson.read(row.getJson());
    }

    @Override
    public void save(Configuration configuration, String actor, List<String> changes) {
        String json = ConfigurationJson.write(configuration);
        long now = clock.millis();
        GuardedAo.inTransaction(ao, () -> {
            int version = writeConfiguration(json);
            for (String change : changes) {
                ao.create(ConfigurationAuditEntity.class,
                        new DBParam("ACTOR", actor),
                        new DBParam("CHANGED_AT", now),
                        new DBParam("CHANGE_TEXT", change),
                        new DBParam("CONFIG_VERSION", version));
            }
            return null;
        });
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
        ConfigurationEntity row = current();
        return row == null ? 0 : row.getVersion();
    }

    private int writeConfiguration(String json) {
        ConfigurationEntity row = current();
        if (row == null) {
            ao.create(ConfigurationEntity.class,
                    new DBParam("SCOPE", ConfigurationEntity.GLOBAL),
                    new DBParam("JSON", json),
                    new DBParam("VERSION", 1));
            return 1;
        }
        int version = row.getVersion() + 1;
        row.setJson(json);
        row.setVersion(version);
        row.save();
        return version;
    }

    private ConfigurationEntity current() {
        ConfigurationEntity[] rows = ao.find(ConfigurationEntity.class,
                Query.select().where("SCOPE = ?", ConfigurationEntity.GLOBAL));
        return rows.length == 0 ? null : rows[0];
    }
}
