package io.postmortem.plugin.persistence.accountability;

import io.postmortem.testkit.ao.TestDatabase;

class AccountabilityStatementsOnPostgresTest extends AccountabilityStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
