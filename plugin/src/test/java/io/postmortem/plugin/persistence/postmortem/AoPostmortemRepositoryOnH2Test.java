package io.postmortem.plugin.persistence.postmortem;

import io.postmortem.testkit.ao.TestDatabase;

class AoPostmortemRepositoryOnH2Test extends AoPostmortemRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
