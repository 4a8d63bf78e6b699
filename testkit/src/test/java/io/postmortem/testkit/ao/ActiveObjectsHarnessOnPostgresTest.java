package io.postmortem.testkit.ao;

class ActiveObjectsHarnessOnPostgresTest extends ActiveObjectsHarnessContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
