package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class IncidentRelatedStatementsOnH2Test extends IncidentRelatedStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
