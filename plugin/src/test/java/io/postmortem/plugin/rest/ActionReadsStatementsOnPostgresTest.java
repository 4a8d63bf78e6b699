package io.postmortem.plugin.rest;

import io.postmortem.testkit.ao.TestDatabase;

class ActionReadsStatementsOnPostgresTest extends ActionReadsStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
