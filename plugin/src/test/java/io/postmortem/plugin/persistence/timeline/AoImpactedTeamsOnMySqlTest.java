package io.postmortem.plugin.persistence.timeline;

import io.postmortem.testkit.ao.TestDatabase;

class AoImpactedTeamsOnMySqlTest extends AoImpactedTeamsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
