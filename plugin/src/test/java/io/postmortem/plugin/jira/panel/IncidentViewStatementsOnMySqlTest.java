package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class IncidentViewStatementsOnMySqlTest extends IncidentViewStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
