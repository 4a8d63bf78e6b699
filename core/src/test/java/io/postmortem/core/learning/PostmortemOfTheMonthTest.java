package io.postmortem.core.learning;

import io.postmortem.core.config.LearningPolicy;
import io.postmortem.core.mail.Mail;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostmortemOfTheMonthTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private final LearningFixture f = new LearningFixture();
    private Postmortem good;
    private Postmortem other;

    @BeforeEach
    void twoPublished() {
        f.org.user("eng-1", "engineering");
        f.org.setConfiguration(f.org.load().withLearning(new LearningPolicy("engineering", LearningPolicy.DEFAULT_CATEGORIES)));
        good = f.published("INC-1", Severity.P3, "checkout", List.of(), "Checkout errors", "A clear write-up.");
        other = f.published("INC-2", Severity.P3, "search", List.of(), "Search slow", "Slow.");
        f.org.outbox.clear();
    }

    @Test
    void anyone_nominates_a_published_postmortem_with_a_reason_once_a_month() {
        Nomination nomination = f.awards.nominate(good.key(), "Great timeline", f.org.actor("dev-search"));
        assertThat(nomination.month()).isEqualTo(NOVEMBER);
        assertThatThrownBy(() -> f.awards.nominate(good.key(), "Again", f.org.actor("dev-ledger")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.awards.nominate(other.key(), " ", f.org.actor("dev-ledger")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKey("reason"));
        Postmortem draft = f.written("INC-3", Severity.P3, "ledger", List.of(), List.of(), "Draft", "Draft.");
        assertThatThrownBy(() -> f.awards.nominate(draft.key(), "Too early", f.org.actor("dev-ledger")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void one_vote_per_person_per_month_in_the_calendar_zone() {
        Nomination first = f.awards.nominate(good.key(), "Great timeline", f.org.actor("dev-search"));
        Nomination second = f.awards.nominate(other.key(), "Honest", f.org.actor("dev-search"));

        assertThat(f.awards.vote(first.id(), f.org.actor("dev-ledger")).votes()).isEqualTo(1);
        assertThatThrownBy(() -> f.awards.vote(second.id(), f.org.actor("dev-ledger")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already voted in November 2026");
        f.awards.vote(first.id(), f.org.actor("dev-search"));
        assertThat(f.awards.nominations(NOVEMBER, f.org.actor("mim"))).extracting(Nomination::votes).containsExactly(2, 0);

        // The month turns at midnight in the calendar's zone; November's nominations then take no more votes.
        f.clock.set(Instant.parse("2026-12-01T00:30:00Z"));
        assertThat(f.awards.currentMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThatThrownBy(() -> f.awards.vote(second.id(), f.org.actor("dev-checkout")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has closed");
    }

    @Test
    void only_mim_or_sre_confirm_the_winner_who_is_featured_and_announced_to_engineering() {
        f.awards.nominate(good.key(), "Great timeline", f.org.actor("dev-search"));
        assertThatThrownBy(() -> f.awards.confirmWinner(NOVEMBER, good.key(), f.org.actor("dev-checkout")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.awards.confirmWinner(YearMonth.of(2027, 1), good.key(), f.org.actor("sre")))
                .isInstanceOf(ValidationException.class);

        Winner winner = f.awards.confirmWinner(NOVEMBER, good.key(), f.org.actor("sre"));

        assertThat(f.awards.winner(NOVEMBER, f.org.actor("dev-ledger"))).contains(winner);
        assertThat(f.awards.featured(f.org.actor("dev-ledger")).map(Winner::postmortemKey)).contains(good.key());
        assertThat(f.org.outbox).extracting(Mail::to).containsExactly(List.of("eng-1"));
        assertThat(f.org.outbox.get(0).subject()).isEqualTo("Postmortem of the month, November 2026: Checkout errors");
        assertThat(f.org.outbox.get(0).body()).contains("Why it was nominated: Great timeline");

        f.org.hide("INC-1", "dev-ledger");
        assertThat(f.awards.featured(f.org.actor("dev-ledger"))).isEmpty();
    }
}
