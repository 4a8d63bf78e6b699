package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.testkit.ao.TestDatabase;

class BulkTransitionAcrossNodesOnH2Test extends BulkTransitionAcrossNodesContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
