package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class UnrelatedIssueStatementsOnPostgresTest extends UnrelatedIssueStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
