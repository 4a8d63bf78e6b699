package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class IncidentActionsListStatementsOnH2Test extends IncidentActionsListStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
