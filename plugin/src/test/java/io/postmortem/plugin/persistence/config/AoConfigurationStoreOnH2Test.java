package io.postmortem.plugin.persistence.config;

import io.postmortem.testkit.ao.TestDatabase;

class AoConfigurationStoreOnH2Test extends AoConfigurationStoreContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
