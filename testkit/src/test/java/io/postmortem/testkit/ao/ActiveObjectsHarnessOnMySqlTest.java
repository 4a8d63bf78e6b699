package io.postmortem.testkit.ao;

class ActiveObjectsHarnessOnMySqlTest extends ActiveObjectsHarnessContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
