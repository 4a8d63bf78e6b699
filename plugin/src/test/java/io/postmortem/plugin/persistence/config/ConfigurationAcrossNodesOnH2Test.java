package io.postmortem.plugin.persistence.config;

import io.postmortem.testkit.ao.TestDatabase;

class ConfigurationAcrossNodesOnH2Test extends ConfigurationAcrossNodesContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
