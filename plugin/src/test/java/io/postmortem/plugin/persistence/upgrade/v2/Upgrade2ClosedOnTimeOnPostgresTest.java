package io.postmortem.plugin.persistence.upgrade.v2;

import io.postmortem.testkit.ao.TestDatabase;

class Upgrade2ClosedOnTimeOnPostgresTest extends Upgrade2ClosedOnTimeContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
