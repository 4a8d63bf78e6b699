package io.postmortem.plugin.persistence.timeline;

import io.postmortem.testkit.ao.TestDatabase;

class AoImpactedTeamsOnMySqlCaseInsensitiveTest extends AoImpactedTeamsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL_CASE_INSENSITIVE;
    }
}
