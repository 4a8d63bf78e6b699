package io.postmortem.plugin.persistence.learning;

import io.postmortem.testkit.ao.TestDatabase;

class AoLearningStoresOnMySqlTest extends AoLearningStoresContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
