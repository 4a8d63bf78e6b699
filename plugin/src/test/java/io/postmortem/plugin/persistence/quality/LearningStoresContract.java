package io.postmortem.plugin.persistence.quality;

import io.postmortem.core.postmortem.MeetingGuests;
import io.postmortem.core.quality.QualityScores;
import io.postmortem.core.reads.ReadReceipt;
import io.postmortem.core.reads.ReadReceiptRepository;
import io.postmortem.core.testing.contract.MeetingGuestsContract;
import io.postmortem.core.testing.contract.ReadReceiptsContract;
import io.postmortem.plugin.persistence.postmortem.AoMeetingGuests;
import io.postmortem.plugin.persistence.postmortem.MeetingGuestEntity;
import io.postmortem.plugin.persistence.reads.AoReadReceiptRepository;
import io.postmortem.plugin.persistence.reads.ReadReceiptEntity;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checklist scores, read receipts and meeting guests against a real database; run on H2, PostgreSQL and MySQL. The
 * receipts' and guests' contracts ({@link ReadReceiptsContract}, {@link MeetingGuestsContract}) run here and against
 * the core's in-memory stores; two nodes racing stay here.
 */
abstract class LearningStoresContract extends ActiveObjectsTestCase implements ReadReceiptsContract,
        MeetingGuestsContract {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private AoQualityScores scores;
    private AoReadReceiptRepository receipts;
    private AoMeetingGuests guests;

    @BeforeEach
    void migrate() {
        ao.migrate(QualityScoreEntity.class, ReadReceiptEntity.class, MeetingGuestEntity.class);
        scores = new AoQualityScores(ao);
        receipts = new AoReadReceiptRepository(ao);
        guests = new AoMeetingGuests(ao);
    }

    @Override
    public ReadReceiptRepository receipts() {
        return receipts;
    }

    @Override
    public MeetingGuests guests() {
        return guests;
    }

    @Test
    void a_later_score_replaces_the_earlier_one() {
        scores.record("PM-1", 38, false, NOW);
        scores.record("PM-2", 100, true, NOW);
        scores.record("PM-1", 88, true, NOW.plusSeconds(60));

        assertThat(scores.of("PM-1")).contains(new QualityScores.Recorded("PM-1", 88, true, NOW.plusSeconds(60)));
        assertThat(scores.of("PM-3")).isEmpty();
        assertThat(scores.all()).containsOnlyKeys("PM-1", "PM-2");
        assertThat(scores.all().get("PM-2").meetsBar()).isTrue();
        assertThat(ao.count(QualityScoreEntity.class)).isEqualTo(2);
    }

    @Test
    void clicks_racing_on_two_nodes_leave_one_receipt_and_one_guest() throws Exception {
        try (AoDatabase otherNode = database.anotherNode()) {
            race(new AoReadReceiptRepository(otherNode.activeObjects()), new AoMeetingGuests(otherNode.activeObjects()));
        }
    }

    private void race(AoReadReceiptRepository other, AoMeetingGuests otherGuests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AoReadReceiptRepository node = i % 2 == 0 ? receipts : other;
            AoMeetingGuests guestNode = i % 2 == 0 ? guests : otherGuests;
            results.add(pool.submit(() -> node.add(new ReadReceipt("PM-7", "dev-search", NOW))));
            results.add(pool.submit(() -> guestNode.add("PM-7", "dev-search", NOW)));
        }
        int added = 0;
        for (Future<Boolean> result : results) {
            added += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(added).isEqualTo(2);
        assertThat(receipts.of("PM-7")).hasSize(1);
        assertThat(guests.of("PM-7")).containsExactly("dev-search");
    }
}
