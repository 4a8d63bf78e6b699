package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.testkit.ao.TestDatabase;

class ActionPacksOnMySqlTest extends ActionPacksContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
