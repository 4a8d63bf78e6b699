package io.postmortem.plugin.persistence.mail;

import io.postmortem.testkit.ao.TestDatabase;

class AoNotificationLedgerOnMySqlTest extends AoNotificationLedgerContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL;
    }
}
