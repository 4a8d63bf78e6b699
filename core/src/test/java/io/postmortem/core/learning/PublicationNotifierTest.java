package io.postmortem.core.learning;

import io.postmortem.core.config.LearningPolicy;
import io.postmortem.core.mail.Mail;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationNotifierTest {
    private final LearningFixture f = new LearningFixture();

    @BeforeEach
    void engineeringGroup() {
        f.org.user("eng-1", "engineering");
        f.org.user("eng-2", "engineering");
        f.org.setConfiguration(f.org.load().withLearning(new LearningPolicy("engineering", LearningPolicy.DEFAULT_CATEGORIES)));
    }

    @Test
    void a_p3_goes_to_the_impacted_teams_members_and_their_leads_once_each() {
        Postmortem written = f.written("INC-1", Severity.P3, "checkout", List.of("search"), List.of(), "Checkout errors",
                "Payments failed.", new RootCause("Retry storm", "dependency"));
        f.publish(written.key());

        assertThat(f.org.outbox).flatExtracting(Mail::to).containsExactlyInAnyOrder(
                "dev-checkout", "dev-checkout2", "lead-payments", "dev-search", "lead-storefront");
        assertThat(f.org.outbox).allSatisfy(mail -> assertThat(mail.to()).hasSize(1));

        f.notifier.statusChanged(f.store.findByKey(written.key()).orElseThrow(), PostmortemStatus.IN_REVIEW);
        assertThat(f.org.outbox).hasSize(5);
    }

    @Test
    void major_incidents_also_go_to_the_engineering_wide_group() {
        f.published("INC-1", Severity.P1, "ledger", List.of(), "Ledger down", "Ledger down.");
        assertThat(f.org.outbox).flatExtracting(Mail::to).containsExactlyInAnyOrder(
                "dev-ledger", "lead-payments", "eng-1", "eng-2");
    }

    @Test
    void share_widely_sends_a_minor_incident_to_the_engineering_wide_group_and_only_steering_people_may_set_it() {
        Postmortem written = f.written("INC-1", Severity.P4, "search", List.of(), List.of(), "Slow search", "Slow.");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> f.marks.shareWidely(written.key(), true, f.org.actor("dev-ledger")))
                .isInstanceOf(io.postmortem.core.shared.ForbiddenException.class);
        f.marks.shareWidely(written.key(), true, f.org.actor("dev-search")); // the facilitating team
        f.publish(written.key());
        assertThat(f.org.outbox).flatExtracting(Mail::to).contains("eng-1", "eng-2");
    }

    @Test
    void a_p3_without_share_widely_stays_with_the_teams() {
        f.published("INC-1", Severity.P3, "search", List.of(), "Slow search", "Slow.");
        assertThat(f.org.outbox).flatExtracting(Mail::to).doesNotContain("eng-1", "eng-2");
    }

    @Test
    void the_summary_tells_impact_highlights_root_causes_lessons_and_actions_with_owners_and_due_dates() {
        Postmortem written = f.written("INC-1", Severity.P2, "checkout", List.of(), List.of(), "Checkout errors",
                "Payments failed.", new RootCause("Retry storm exhausted the pool", "dependency"));
        f.learning.highlights.put("INC-1", List.of(
                new TimelineHighlights.Highlight(Instant.parse("2026-11-02T09:12:00Z"), "Alert fired for checkout")));
        f.learning.actions.put(written.key(), List.of(new ActionSummaries.ActionSummary("CHK-7", "Cap retries",
                "checkout", LocalDate.of(2026, 12, 1), false)));
        f.publish(written.key());

        Mail mail = f.org.mailTo("dev-checkout").get(0);
        assertThat(mail.subject()).isEqualTo("[Postmortem published] P2 INC-1: Checkout errors");
        assertThat(mail.body())
                .contains("Impact\nCustomers saw errors for 40 minutes.")
                .contains("2026-11-02 09:12  Alert fired for checkout")
                .contains("- [dependency] Retry storm exhausted the pool")
                .contains("What went well\nPaging worked.")
                .contains("- CHK-7 Cap retries (owner: checkout, due: 2026-12-01)")
                .contains("https://jira.example.com/browse/" + written.key());
    }
}
