package io.postmortem.plugin.persistence.timeline;

import io.postmortem.testkit.ao.TestDatabase;

class AoTimelineRepositoryOnMySqlCaseInsensitiveTest extends AoTimelineRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL_CASE_INSENSITIVE;
    }
}
