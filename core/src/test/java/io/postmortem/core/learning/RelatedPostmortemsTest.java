package io.postmortem.core.learning;

import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelatedPostmortemsTest {
    private final LearningFixture f = new LearningFixture();

    @Test
    void earlier_postmortems_sharing_components_or_categories_come_first_and_teams_are_a_weaker_signal() {
        Postmortem sameComponent = f.published("INC-1", Severity.P2, "ledger", List.of("checkout-service"),
                "Old checkout errors", "Old.", new RootCause("Bad deploy", "change"));
        Postmortem sameTeam = f.published("INC-2", Severity.P3, "checkout", List.of("basket"), "Basket slow",
                "Slow.", new RootCause("Disk full", "capacity"));
        f.published("INC-3", Severity.P3, "search", List.of("search-service"), "Unrelated", "Nothing alike.",
                new RootCause("Typo in query", "code-defect"));
        f.clock.advance(Duration.ofDays(3));
        f.written("INC-9", Severity.P2, "checkout", List.of(), List.of("Checkout-Service"), "Checkout errors again",
                "Again.", new RootCause("Config drift", "change"));

        List<RelatedPostmortems.Related> related = f.related.of("INC-9", f.org.actor("dev-checkout"));

        assertThat(related).extracting(RelatedPostmortems.Related::postmortemKey)
                .containsExactly(sameComponent.key(), sameTeam.key());
        assertThat(related.get(0).sharedComponents()).containsExactly("checkout-service");
        assertThat(related.get(0).sharedCategories()).containsExactly("change");
        assertThat(related.get(0).earlier()).isTrue();
        assertThat(related.get(1).sharedTeams()).containsExactly("checkout");
        assertThat(related.get(0).recurrences()).isEmpty();
    }

    @Test
    void a_similar_root_cause_shows_as_a_recurrence_on_both_sides_and_flags_the_earlier_actions() {
        Postmortem earlier = f.published("INC-1", Severity.P2, "ledger", List.of(), "Checkout errors",
                "Old.", new RootCause("Retry storm exhausted the connection pool", "dependency"));
        f.learning.actions.put(earlier.key(), List.of(new ActionSummaries.ActionSummary("LED-4", "Add backoff",
                "ledger", LocalDate.of(2026, 11, 20), true)));
        f.clock.advance(Duration.ofDays(10));
        Postmortem later = f.written("INC-9", Severity.P2, "search", List.of(), List.of(), "Search errors", "New.",
                new RootCause("Connection pool exhausted by retries", "unknown"));

        RelatedPostmortems.Related fromLater = f.related.of("INC-9", f.org.actor("mim")).get(0);
        assertThat(fromLater.postmortemKey()).isEqualTo(earlier.key());
        assertThat(fromLater.recurrences()).extracting(RelatedPostmortems.Recurrence::theirCause)
                .containsExactly("Retry storm exhausted the connection pool");
        assertThat(fromLater.actions()).extracting(ActionSummaries.ActionSummary::key).containsExactly("LED-4");
        assertThat(fromLater.actionsDidNotPrevent()).isTrue();

        RelatedPostmortems.Related fromEarlier = f.related.of("INC-1", f.org.actor("mim")).get(0);
        assertThat(fromEarlier.postmortemKey()).isEqualTo(later.key());
        assertThat(fromEarlier.published()).isFalse();
        assertThat(fromEarlier.earlier()).isFalse();
        assertThat(fromEarlier.recurrences()).extracting(RelatedPostmortems.Recurrence::ourCause)
                .containsExactly("Retry storm exhausted the connection pool");
    }

    @Test
    void causes_sharing_a_single_word_are_not_a_recurrence() {
        assertThat(RootCauseSimilarity.similar("Database failover was slow", "Database credentials expired")).isFalse();
        assertThat(RootCauseSimilarity.similar("Expired TLS certificate on the gateway",
                "The gateway's TLS certificates expired")).isTrue();
    }

    @Test
    void related_lists_hold_only_what_the_viewer_may_browse() {
        f.published("INC-1", Severity.P2, "checkout", List.of("checkout-service"), "Old", "Old.");
        f.written("INC-9", Severity.P2, "checkout", List.of(), List.of("checkout-service"), "New", "New.");
        f.org.hide("INC-1", "dev-checkout");

        assertThat(f.related.of("INC-9", f.org.actor("dev-checkout"))).isEmpty();
        assertThat(f.related.of("INC-9", f.org.actor("mim"))).hasSize(1);
        f.org.hide("INC-9", "dev-search");
        assertThatThrownBy(() -> f.related.of("INC-9", f.org.actor("dev-search"))).isInstanceOf(ForbiddenException.class);
    }
}
