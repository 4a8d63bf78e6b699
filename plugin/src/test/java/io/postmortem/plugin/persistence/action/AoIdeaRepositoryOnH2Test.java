package io.postmortem.plugin.persistence.action;

import io.postmortem.testkit.ao.TestDatabase;

class AoIdeaRepositoryOnH2Test extends AoIdeaRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
