package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class IncidentActionsListStatementsOnMySqlTest extends IncidentActionsListStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
