package io.postmortem.plugin.persistence.config;

import io.postmortem.testkit.ao.TestDatabase;

class ConfigurationAcrossNodesOnMySqlTest extends ConfigurationAcrossNodesContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
