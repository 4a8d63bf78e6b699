package io.postmortem.sandbox.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.plugin.rest.Json;
import io.postmortem.sandbox.db.Jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * GAP: stands in for the plugin's Active Objects-backed {@code AoConfigurationStore} until that store and the
 * testkit's ActiveObjects are merged into the sandbox; then {@code SandboxWiring#configurationStore} returns the
 * plugin's store and this class goes. It keeps the whole configuration as one JSON value in the sandbox's settings.
 */
public final class InterimConfigurationStore implements ConfigurationStore {
    private static final String SETTING = "interim.configuration";

    private final Jdbc jdbc;
    private final Clock clock;

    public InterimConfigurationStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Configuration load() {
        return jdbc.queryOne("SELECT SETTING_VALUE FROM SBX_SETTING WHERE NAME = ?", row -> row.getString(1), SETTING)
                .map(InterimConfigurationStore::read)
                .orElseGet(Configuration::defaults);
    }

    @Override
    public void save(Configuration configuration, String actor, List<String> changes) {
        String json = Json.write(configuration);
        Instant now = clock.instant();
        jdbc.inTransaction(connection -> {
            Jdbc.update(connection, "MERGE INTO SBX_SETTING (NAME, SETTING_VALUE) KEY (NAME) VALUES (?, ?)", SETTING, json);
            for (String change : changes) {
                Jdbc.update(connection, "INSERT INTO SBX_INTERIM_CONFIG_AUDIT (ACTOR, AT, CHANGE_TEXT) VALUES (?, ?, ?)",
                        actor, now.toEpochMilli(), change);
            }
            return null;
        });
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return jdbc.query("SELECT * FROM SBX_INTERIM_CONFIG_AUDIT ORDER BY ID DESC LIMIT ?",
                row -> new AuditEntry(row.getLong("ID"), row.getString("ACTOR"),
                        Instant.ofEpochMilli(row.getLong("AT")), row.getString("CHANGE_TEXT")), limit);
    }

    private static Configuration read(String json) {
        try {
            return Json.mapper().readValue(json, Configuration.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored configuration is unreadable", e);
        }
    }
}
