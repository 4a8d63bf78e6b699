package io.postmortem.plugin.persistence.learning;

import io.postmortem.testkit.ao.TestDatabase;

class AoLearningStoresOnPostgresTest extends AoLearningStoresContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
