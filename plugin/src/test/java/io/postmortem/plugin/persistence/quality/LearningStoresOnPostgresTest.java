package io.postmortem.plugin.persistence.quality;

import io.postmortem.testkit.ao.TestDatabase;

class LearningStoresOnPostgresTest extends LearningStoresContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
