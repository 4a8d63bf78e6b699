package io.postmortem.core.reads;

import io.postmortem.core.mail.Mail;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.InMemoryReadReceipts;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadReceiptsTest {
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private final TestOrganisation org = new TestOrganisation();
    private final InMemoryPostmortems store = new InMemoryPostmortems();
    private final InMemoryReadReceipts receipts = new InMemoryReadReceipts();
    private final MutableClock clock = new MutableClock(NOW);
    private final PostmortemService service = new PostmortemService(org, store, store, org, org, org, clock, List.of(), List.of());
    private final ReadReceipts reads = new ReadReceipts(service, receipts, org, org, clock);
    private final ReadReminders reminders = new ReadReminders(store, org, receipts, org, org, org, org, clock,
            "https://jira.example.com");

    private Postmortem published() {
        org.incident("INC-1", Severity.P1, "checkout", List.of("ledger"), NOW.minusSeconds(7200), NOW.minusSeconds(3600));
        Postmortem postmortem = service.createFor("INC-1", org.actor("dev-checkout")).postmortem();
        service.transition(postmortem.key(), PostmortemStatus.IN_REVIEW, org.actor("mim"));
        return service.transition(postmortem.key(), PostmortemStatus.PUBLISHED, org.actor("mim"));
    }

    @Test
    void impacted_engineers_mark_it_read_and_everyone_sees_who_per_team() {
        Postmortem postmortem = published();

        List<TeamReads> after = reads.markRead(postmortem.key(), org.actor("dev-ledger"));
        reads.markRead(postmortem.key(), org.actor("dev-ledger"));

        assertThat(after).extracting(TeamReads::team).containsExactly("checkout", "ledger");
        TeamReads ledger = after.get(1);
        assertThat(ledger.readers()).extracting(TeamReads.Reader::username).containsExactly("dev-ledger");
        assertThat(ledger.notYet()).isEmpty();
        assertThat(after.get(0).readers()).isEmpty();
        assertThat(after.get(0).notYet()).containsExactly("dev-checkout", "dev-checkout2");
        assertThat(receipts.of(postmortem.key())).hasSize(1);
        assertThat(reads.reads(postmortem.key(), org.actor("dev-search")).get(1).readers()).hasSize(1);
        assertThat(reads.standing(postmortem, org.actor("dev-ledger"))).isEqualTo(new ReadReceipts.Standing(false, true));
        assertThat(reads.standing(postmortem, org.actor("dev-checkout"))).isEqualTo(new ReadReceipts.Standing(true, false));
    }

    @Test
    void others_may_not_mark_it_and_nobody_marks_a_draft() {
        Postmortem postmortem = published();
        assertThatThrownBy(() -> reads.markRead(postmortem.key(), org.actor("dev-search")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reads.markRead(postmortem.key(), org.actor("mim")))
                .isInstanceOf(ForbiddenException.class);

        org.incident("INC-2", Severity.P2, "checkout", List.of(), NOW.minusSeconds(7200), NOW.minusSeconds(3600));
        Postmortem draft = service.createFor("INC-2", org.actor("dev-checkout")).postmortem();
        assertThatThrownBy(() -> reads.markRead(draft.key(), org.actor("dev-checkout")))
                .isInstanceOf(ConflictException.class);
        assertThat(receipts.of(postmortem.key())).isEmpty();
    }

    @Test
    void one_reminder_after_seven_days_to_those_who_have_not_read_it_never_twice() {
        Postmortem postmortem = published();
        reads.markRead(postmortem.key(), org.actor("dev-checkout"));
        org.outbox.clear();

        clock.set(NOW.plus(Duration.ofDays(6)));
        assertThat(reminders.run()).isZero();

        clock.set(NOW.plus(Duration.ofDays(7)).plusSeconds(60));
        assertThat(reminders.run()).isEqualTo(2);
        assertThat(org.outbox).flatExtracting(Mail::to).containsExactlyInAnyOrder("dev-checkout2", "dev-ledger");
        assertThat(org.outbox.get(0).body()).contains("https://jira.example.com/browse/" + postmortem.key());

        clock.set(NOW.plus(Duration.ofDays(8)));
        assertThat(reminders.run()).isZero();
        assertThat(org.outbox).hasSize(2);
    }
}
