package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.testkit.ao.TestDatabase;

class BulkTransitionAcrossNodesOnMySqlTest extends BulkTransitionAcrossNodesContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
