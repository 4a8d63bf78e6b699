package io.postmortem.plugin.persistence.postmortem;

import io.postmortem.testkit.ao.TestDatabase;

class AoPostmortemRepositoryOnPostgresTest extends AoPostmortemRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
