package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.testkit.ao.TestDatabase;

class ActionWriteStatementsOnH2Test extends ActionWriteStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
