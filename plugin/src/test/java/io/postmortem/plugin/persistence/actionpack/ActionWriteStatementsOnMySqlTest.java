package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.testkit.ao.TestDatabase;

class ActionWriteStatementsOnMySqlTest extends ActionWriteStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
