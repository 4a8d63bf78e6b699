package io.postmortem.plugin.persistence.timeline;

import io.postmortem.testkit.ao.TestDatabase;

class AoTimelineRepositoryOnMySqlTest extends AoTimelineRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
