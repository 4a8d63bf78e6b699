package io.postmortem.core.config;

import java.util.List;

/**
 * Where the configuration lives. Every node of a cluster must read the same configuration at once, so
 * implementations read the shared database, never a node-local copy that can go stale.
 */
public interface ConfigurationStore {

    Configuration load();

    /** Saves the whole configuration and records each change in the audit log, in one transaction. */
    void save(Configuration configuration, String actor, List<String> changes);

    /** The most recent changes first. */
    List<AuditEntry> audit(int limit);
}
