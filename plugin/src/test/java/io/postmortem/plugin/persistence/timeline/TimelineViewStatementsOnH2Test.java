package io.postmortem.plugin.persistence.timeline;

import io.postmortem.testkit.ao.TestDatabase;

class TimelineViewStatementsOnH2Test extends TimelineViewStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
