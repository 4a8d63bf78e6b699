package io.postmortem.plugin.rest;

import io.postmortem.testkit.ao.TestDatabase;

class RaiseActionConfigurationReadsOnH2Test extends RaiseActionConfigurationReadsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
