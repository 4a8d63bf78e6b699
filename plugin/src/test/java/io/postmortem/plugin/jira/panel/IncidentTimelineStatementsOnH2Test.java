package io.postmortem.plugin.jira.panel;

import io.postmortem.testkit.ao.TestDatabase;

class IncidentTimelineStatementsOnH2Test extends IncidentTimelineStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
