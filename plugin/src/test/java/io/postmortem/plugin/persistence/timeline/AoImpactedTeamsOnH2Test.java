package io.postmortem.plugin.persistence.timeline;

import io.postmortem.testkit.ao.TestDatabase;

class AoImpactedTeamsOnH2Test extends AoImpactedTeamsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
