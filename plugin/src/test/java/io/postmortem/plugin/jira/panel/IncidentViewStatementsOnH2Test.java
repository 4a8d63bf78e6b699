package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class IncidentViewStatementsOnH2Test extends IncidentViewStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
