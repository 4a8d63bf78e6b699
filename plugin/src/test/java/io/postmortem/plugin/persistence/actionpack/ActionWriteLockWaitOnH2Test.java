package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.testkit.ao.TestDatabase;

class ActionWriteLockWaitOnH2Test extends ActionWriteLockWaitContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
