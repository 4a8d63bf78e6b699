package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.testkit.ao.TestDatabase;

class ActionWriteLockWaitOnPostgresTest extends ActionWriteLockWaitContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
