package io.postmortem.plugin.persistence.blameless;

import io.postmortem.testkit.ao.TestDatabase;

class AoAcknowledgementRepositoryOnMySqlCaseInsensitiveTest extends AoAcknowledgementRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL_CASE_INSENSITIVE;
    }
}
