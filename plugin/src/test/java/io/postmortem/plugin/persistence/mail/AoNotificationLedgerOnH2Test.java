package io.postmortem.plugin.persistence.mail;

import io.postmortem.testkit.ao.TestDatabase;

class AoNotificationLedgerOnH2Test extends AoNotificationLedgerContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
