package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class UnrelatedIssueStatementsOnH2Test extends UnrelatedIssueStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
