package io.postmortem.plugin.persistence.blameless;

import io.postmortem.testkit.ao.TestDatabase;

class AoAcknowledgementRepositoryOnH2Test extends AoAcknowledgementRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
