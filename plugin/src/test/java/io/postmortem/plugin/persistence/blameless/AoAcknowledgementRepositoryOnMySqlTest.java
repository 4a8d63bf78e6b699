package io.postmortem.plugin.persistence.blameless;

import io.postmortem.testkit.ao.TestDatabase;

class AoAcknowledgementRepositoryOnMySqlTest extends AoAcknowledgementRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
