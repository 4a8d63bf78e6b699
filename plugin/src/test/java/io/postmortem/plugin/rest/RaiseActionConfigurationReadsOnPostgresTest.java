package io.postmortem.plugin.rest;

import io.postmortem.testkit.ao.TestDatabase;

class RaiseActionConfigurationReadsOnPostgresTest extends RaiseActionConfigurationReadsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
