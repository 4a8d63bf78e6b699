package io.postmortem.plugin.persistence.config;

import io.postmortem.testkit.ao.TestDatabase;

class AoConfigurationStoreOnMySqlTest extends AoConfigurationStoreContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
