package io.postmortem.plugin.persistence.quality;

import io.postmortem.testkit.ao.TestDatabase;

class LearningStoresOnMySqlCaseInsensitiveTest extends LearningStoresContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL_CASE_INSENSITIVE;
    }
}
