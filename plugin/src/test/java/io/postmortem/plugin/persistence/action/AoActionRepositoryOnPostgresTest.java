package io.postmortem.plugin.persistence.action;

import io.postmortem.testkit.ao.TestDatabase;

class AoActionRepositoryOnPostgresTest extends AoActionRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
