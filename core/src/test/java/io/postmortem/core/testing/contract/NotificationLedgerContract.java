package io.postmortem.core.testing.contract;

import io.postmortem.core.mail.NotificationLedger;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link NotificationLedger} promises, the database's and the in-memory one alike: a test class
 * implements this with a fresh ledger per test, so the fake cannot drift from the SQL.
 */
public interface NotificationLedgerContract {
    Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    /** A ledger that has recorded nothing yet. */
    NotificationLedger ledger();

    @Test
    default void each_recipient_hears_of_an_event_once() {
        NotificationLedger ledger = ledger();
        assertThat(ledger.firstTime("postmortem.overdue.PM-1", "mim", NOW)).isTrue();
        assertThat(ledger.firstTime("postmortem.overdue.PM-1", "mim", NOW)).isFalse();
        assertThat(ledger.firstTime("postmortem.overdue.PM-1", "mim2", NOW)).isTrue();
        assertThat(ledger.firstTime("postmortem.escalated.PM-1", "mim", NOW)).isTrue();
    }

    @Test
    default void very_long_keys_are_still_unique() {
        NotificationLedger ledger = ledger();
        String longEvent = "lead.digest." + "x".repeat(400);
        assertThat(ledger.firstTime(longEvent, "lead-payments", NOW)).isTrue();
        assertThat(ledger.firstTime(longEvent, "lead-payments", NOW)).isFalse();
        assertThat(ledger.firstTime(longEvent + "y", "lead-payments", NOW)).isTrue();
    }

    @Test
    default void two_runs_at_once_send_once() throws Exception {
        NotificationLedger ledger = ledger();
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
