package io.postmortem.plugin.persistence.mail;

import io.postmortem.testkit.ao.TestDatabase;

class AoNotificationLedgerOnMySqlCaseInsensitiveTest extends AoNotificationLedgerContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.MYSQL_CASE_INSENSITIVE;
    }
}
