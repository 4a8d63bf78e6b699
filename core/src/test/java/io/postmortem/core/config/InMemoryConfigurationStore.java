package io.postmortem.core.config;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The configuration and its audit log in memory, as the database-backed store keeps them. */
final class InMemoryConfigurationStore implements ConfigurationStore {
    private Configuration configuration = Configuration.defaults();
    private final List<AuditEntry> entries = new ArrayList<>();
    int saves;

    @Override
    public Configuration load() {
        return configuration;
    }

    @Override
    public void save(Configuration configuration, String actor, List<String> changes) {
        this.configuration = configuration;
        saves++;
        for (String change : changes) {
            entries.add(0, new AuditEntry(entries.size() + 1, actor, Instant.now(), change));
        }
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return entries.stream().limit(limit).toList();
    }

    /** Puts a configuration in place without an audit entry, as a fresh installation or a test fixture. */
    void reset(Configuration configuration) {
        this.configuration = configuration;
    }
}
