package io.postmortem.plugin.persistence.learning;

import io.postmortem.testkit.ao.TestDatabase;

class AoLearningStoresOnMySqlCaseInsensitiveTest extends AoLearningStoresContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL_CASE_INSENSITIVE;
    }
}
