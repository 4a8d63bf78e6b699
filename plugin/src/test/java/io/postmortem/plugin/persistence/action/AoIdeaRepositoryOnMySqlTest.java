package io.postmortem.plugin.persistence.action;

import io.postmortem.testkit.ao.TestDatabase;

class AoIdeaRepositoryOnMySqlTest extends AoIdeaRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
