package io.postmortem.plugin.rest;

import io.postmortem.testkit.ao.TestDatabase;

class RaiseActionConfigurationReadsOnMySqlTest extends RaiseActionConfigurationReadsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
