package io.postmortem.plugin.persistence.learning;

import io.postmortem.testkit.ao.TestDatabase;

class AoLearningStoresOnH2Test extends AoLearningStoresContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
