package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.testkit.ao.TestDatabase;

class ActionPacksOnH2Test extends ActionPacksContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
