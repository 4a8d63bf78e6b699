package io.postmortem.plugin.persistence.config;

import io.postmortem.testkit.ao.TestDatabase;

class AoConfigurationStoreOnPostgresTest extends AoConfigurationStoreContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
