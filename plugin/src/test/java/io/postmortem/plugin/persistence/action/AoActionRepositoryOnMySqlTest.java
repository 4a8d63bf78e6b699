package io.postmortem.plugin.persistence.action;

import io.postmortem.testkit.ao.TestDatabase;

class AoActionRepositoryOnMySqlTest extends AoActionRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
