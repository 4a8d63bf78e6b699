package io.postmortem.plugin.rest;

import io.postmortem.testkit.ao.TestDatabase;

class ActionReadsStatementsOnMySqlTest extends ActionReadsStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
