package io.postmortem.plugin.persistence.upgrade.v2;

import io.postmortem.testkit.ao.TestDatabase;

class Upgrade2ClosedOnTimeOnH2Test extends Upgrade2ClosedOnTimeContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
