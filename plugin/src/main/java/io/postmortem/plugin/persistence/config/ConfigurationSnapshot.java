package io.postmortem.plugin.persistence.config;

import io.postmortem.core.config.Configuration;

/**
 * A parsed configuration with the stored version it was read at, and when this node last confirmed that version
 * ({@link System#nanoTime()}).
 */
record ConfigurationSnapshot(int version, Configuration configuration, long confirmedAtNanos) {

    ConfigurationSnapshot confirmedAt(long nanos) {
        return new ConfigurationSnapshot(version, configuration, nanos);
    }
}
