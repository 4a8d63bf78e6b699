package io.postmortem.plugin.persistence.accountability;

import io.postmortem.testkit.ao.TestDatabase;

class AccountabilityStatementsOnMySqlTest extends AccountabilityStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
