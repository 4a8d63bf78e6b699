package io.postmortem.plugin.persistence.mail;

import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The notification ledger against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class AoNotificationLedgerContract extends ActiveObjectsTestCase {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private AoNotificationLedger ledger;

    @BeforeEach
    void migrate() {
        ao.migrate(NotificationEntity.class);
        ledger = new AoNotificationLedger(ao);
    }

    @Test
    void each_recipient_hears_of_an_event_once() {
        assertThat(ledger.firstTime("postmortem.overdue.PM-1", "mim", NOW)).isTrue();
        assertThat(ledger.firstTime("postmortem.overdue.PM-1", "mim", NOW)).isFalse();
        assertThat(ledger.firstTime("postmortem.overdue.PM-1", "mim2", NOW)).isTrue();
        assertThat(ledger.firstTime("postmortem.escalated.PM-1", "mim", NOW)).isTrue();
    }

    @Test
    void very_long_keys_are_hashed_and_still_unique() {
        String longEvent = "lead.digest." + "x".repeat(400);
        assertThat(ledger.firstTime(longEvent, "lead-payments", NOW)).isTrue();
        assertThat(ledger.firstTime(longEvent, "lead-payments", NOW)).isFalse();
        assertThat(ledger.firstTime(longEvent + "y", "lead-payments", NOW)).isTrue();
    }

    @Test
    void two_runs_at_once_send_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> ledger.firstTime("action.overdue.42", "dev-checkout", NOW)));
        }
        int first = 0;
        for (Future<Boolean> result : results) {
            first += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(first).isEqualTo(1);
    }
}
