package io.postmortem.plugin.persistence.accountability;

import io.postmortem.testkit.ao.TestDatabase;

class AccountabilityStatementsOnH2Test extends AccountabilityStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
