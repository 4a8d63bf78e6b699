package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class IncidentTimelineStatementsOnMySqlTest extends IncidentTimelineStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
