package io.postmortem.plugin.persistence.mail;

import io.postmortem.core.mail.NotificationLedger;
import io.postmortem.core.testing.contract.NotificationLedgerContract;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification ledger against a real database; run on H2, PostgreSQL and MySQL by the subclasses. The port's
 * contract ({@link NotificationLedgerContract}) runs here and against the core's in-memory host.
 */
abstract class AoNotificationLedgerContract extends ActiveObjectsTestCase implements NotificationLedgerContract {
    private AoNotificationLedger ledger;

    @BeforeEach
    void migrate() {
        ao.migrate(NotificationEntity.class);
        ledger = new AoNotificationLedger(ao);
    }

    @Override
    public NotificationLedger ledger() {
        return ledger;
    }

    @Test
    void keys_longer_than_the_column_are_hashed_into_one_row_each() {
        String longEvent = "lead.digest." + "x".repeat(400);
        ledger.firstTime(longEvent, "lead-payments", NOW);
        ledger.firstTime(longEvent + "y", "lead-payments", NOW);

        assertThat(ao.count(NotificationEntity.class)).isEqualTo(2);
    }
}
