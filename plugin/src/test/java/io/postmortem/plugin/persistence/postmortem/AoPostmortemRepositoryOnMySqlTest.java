package io.postmortem.plugin.persistence.postmortem;

import io.postmortem.testkit.ao.TestDatabase;

class AoPostmortemRepositoryOnMySqlTest extends AoPostmortemRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
