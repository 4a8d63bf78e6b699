package io.postmortem.plugin.persistence.blameless;

import io.postmortem.testkit.ao.TestDatabase;

class AoAcknowledgementRepositoryOnPostgresTest extends AoAcknowledgementRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
