package io.postmortem.plugin.persistence.timeline;

import io.postmortem.testkit.ao.TestDatabase;

class AoTimelineRepositoryOnH2Test extends AoTimelineRepositoryContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
