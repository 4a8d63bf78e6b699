package io.postmortem.plugin.persistence.timeline;

import io.postmortem.testkit.ao.TestDatabase;

class TimelineViewStatementsOnMySqlTest extends TimelineViewStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
