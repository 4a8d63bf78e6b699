package io.postmortem.plugin.persistence.action;

import io.postmortem.testkit.ao.TestDatabase;

class AoActionRepositoryOnH2Test extends AoActionRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
