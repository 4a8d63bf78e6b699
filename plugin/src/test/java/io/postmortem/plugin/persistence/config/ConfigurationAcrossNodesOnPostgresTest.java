package io.postmortem.plugin.persistence.config;

import io.postmortem.testkit.ao.TestDatabase;

class ConfigurationAcrossNodesOnPostgresTest extends ConfigurationAcrossNodesContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
