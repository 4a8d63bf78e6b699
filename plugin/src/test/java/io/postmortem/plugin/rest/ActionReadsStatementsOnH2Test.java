package io.postmortem.plugin.rest;

import io.postmortem.testkit.ao.TestDatabase;

class ActionReadsStatementsOnH2Test extends ActionReadsStatementsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
