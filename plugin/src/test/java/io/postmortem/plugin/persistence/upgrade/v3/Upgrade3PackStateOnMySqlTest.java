package io.postmortem.plugin.persistence.upgrade.v3;

import io.postmortem.testkit.ao.TestDatabase;

class Upgrade3PackStateOnMySqlTest extends Upgrade3PackStateContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
