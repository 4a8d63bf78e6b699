package io.postmortem.core.testing.contract;

import io.postmortem.core.reads.ReadReceipt;
import io.postmortem.core.reads.ReadReceiptRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ReadReceiptRepository} promises, the database's and the in-memory one alike: a test class
 * implements this with a fresh, empty repository per test, so the fake cannot drift from the SQL.
 */
public interface ReadReceiptsContract {
    Instant READ_AT = Instant.parse("2026-11-25T09:00:00Z");

    /** A repository that holds no receipt yet. */
    ReadReceiptRepository receipts();

    @Test
    default void one_receipt_per_person_and_postmortem_the_first_stays() {
        ReadReceiptRepository receipts = receipts();
        assertThat(receipts.add(new ReadReceipt("PM-1", "dev-ledger", READ_AT))).isTrue();
        assertThat(receipts.add(new ReadReceipt("PM-1", "dev-ledger", READ_AT.plusSeconds(90)))).isFalse();
        assertThat(receipts.add(new ReadReceipt("PM-1", "dev-checkout", READ_AT.plusSeconds(30)))).isTrue();
        assertThat(receipts.add(new ReadReceipt("PM-2", "dev-ledger", READ_AT))).isTrue();

        assertThat(receipts.of("PM-1")).containsExactly(new ReadReceipt("PM-1", "dev-ledger", READ_AT),
                new ReadReceipt("PM-1", "dev-checkout", READ_AT.plusSeconds(30)));
        assertThat(receipts.ofAll(List.of("PM-1", "PM-2", "PM-9"))).hasSize(3);
        List<String> many = IntStream.range(0, 1200).mapToObj(i -> "PM-" + i).toList();
        assertThat(receipts.ofAll(many)).hasSize(3);
    }
}
