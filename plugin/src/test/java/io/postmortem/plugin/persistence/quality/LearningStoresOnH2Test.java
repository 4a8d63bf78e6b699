package io.postmortem.plugin.persistence.quality;

import io.postmortem.testkit.ao.TestDatabase;

class LearningStoresOnH2Test extends LearningStoresContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
