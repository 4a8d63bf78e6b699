package io.postmortem.testkit.ao;

class ActiveObjectsHarnessOnH2Test extends ActiveObjectsHarnessContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
