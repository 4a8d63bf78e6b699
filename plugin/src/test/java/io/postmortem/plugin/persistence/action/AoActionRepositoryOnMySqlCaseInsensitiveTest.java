package io.postmortem.plugin.persistence.action;

import io.postmortem.testkit.ao.TestDatabase;

class AoActionRepositoryOnMySqlCaseInsensitiveTest extends AoActionRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL_CASE_INSENSITIVE;
    }
}
