package io.postmortem.plugin.persistence.mail;

import io.postmortem.testkit.ao.TestDatabase;

class AoNotificationLedgerOnPostgresTest extends AoNotificationLedgerContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
