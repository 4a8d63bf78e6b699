package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class IncidentViewStatementsOnPostgresTest extends IncidentViewStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
