package io.postmortem.plugin.persistence.postmortem;

import io.postmortem.testkit.ao.TestDatabase;

class AoPostmortemRepositoryOnMySqlCaseInsensitiveTest extends AoPostmortemRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL_CASE_INSENSITIVE;
    }
}
