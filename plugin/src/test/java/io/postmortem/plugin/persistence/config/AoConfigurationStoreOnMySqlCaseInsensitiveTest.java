package io.postmortem.plugin.persistence.config;

import io.postmortem.testkit.ao.TestDatabase;

class AoConfigurationStoreOnMySqlCaseInsensitiveTest extends AoConfigurationStoreContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL_CASE_INSENSITIVE;
    }
}
