package io.postmortem.core.blameless;

import io.postmortem.core.people.DirectoryNames;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.ContentPublishCheck;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.core.testing.InMemoryAcknowledgements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlamelessDocumentReviewTest {
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private final TestOrganisation org = new TestOrganisation();
    private final InMemoryPostmortems store = new InMemoryPostmortems();
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryAcknowledgements acknowledgements = new InMemoryAcknowledgements();
    private final BlamelessPublishCheck check = new BlamelessPublishCheck(new BlamelessReviewers(org),
            List.of(new SectionTexts()), acknowledgements, new DirectoryNames(org, clock));
    private final PostmortemService service = new PostmortemService(org, store, store, org, org, org, clock,
            List.of(new ContentPublishCheck(), check), List.of());
    private final BlamelessDocumentReview review = new BlamelessDocumentReview(check, acknowledgements, service, org, clock);
    private Postmortem postmortem;

    @BeforeEach
    void aPostmortemInReviewWithBlamefulText() {
        org.user("dave", "team-checkout");
        org.incident("INC-1", Severity.P1, "checkout", List.of(), NOW.minusSeconds(3600), NOW);
        postmortem = service.createFor("INC-1", org.actor("dev-checkout")).postmortem();
        service.update(postmortem.key(), new ContentChange(Map.of(
                        Section.SUMMARY, "Dave should have checked the config before deploying.",
                        Section.IMPACT, "Checkout returned errors for 40 minutes."),
                Optional.of(List.of(new RootCause("The deploy pipeline did not validate the config", "configuration"))),
                Optional.empty(), null), org.actor("dev-checkout"));
        service.transition(postmortem.key(), PostmortemStatus.IN_REVIEW, org.actor("dev-checkout"));
    }

    @Test
    void publishing_waits_for_each_finding_to_be_fixed_or_acknowledged() {
        assertThatThrownBy(() -> service.transition(postmortem.key(), PostmortemStatus.PUBLISHED, org.actor("mim")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).reasons())
                        .anyMatch(r -> r.startsWith("blameless:") && r.contains("sections.SUMMARY")));

        BlamelessDocumentReview.Result flagged = review.review(postmortem.key(), org.actor("mim"));
        assertThat(flagged.unresolved()).isNotEmpty();
        UnresolvedFinding finding = flagged.unresolved().get(0);

        BlamelessDocumentReview.Result after = review.acknowledge(postmortem.key(), finding.finding().rule(),
                finding.quotedText(), "Dave asked for this wording; he owns the checklist now.", org.actor("mim"));

        assertThat(after.acknowledgements()).singleElement()
                .satisfies(a -> {
                    assertThat(a.by()).isEqualTo("mim");
                    assertThat(a.at()).isEqualTo(NOW);
                    assertThat(a.reason()).startsWith("Dave asked");
                });
        assertThat(after.unresolved()).noneMatch(u -> u.quotedText().equals(finding.quotedText())
                && u.finding().rule().equals(finding.finding().rule()));
    }

    @Test
    void fixing_the_text_clears_the_gate() {
        service.transition(postmortem.key(), PostmortemStatus.DRAFT, org.actor("mim"));
        Postmortem current = store.findByKey(postmortem.key()).orElseThrow();
        service.update(current.key(), new ContentChange(Map.of(Section.SUMMARY,
                "The deploy went out with an invalid config because nothing validated it."), Optional.empty(),
                Optional.empty(), null), org.actor("dev-checkout"));
        service.transition(current.key(), PostmortemStatus.IN_REVIEW, org.actor("dev-checkout"));

        assertThat(service.transition(current.key(), PostmortemStatus.PUBLISHED, org.actor("mim")).status())
                .isEqualTo(PostmortemStatus.PUBLISHED);
    }

    @Test
    void an_acknowledgement_needs_a_reason_flagged_text_and_edit_rights() {
        UnresolvedFinding finding = review.review(postmortem.key(), org.actor("mim")).unresolved().get(0);

        assertThatThrownBy(() -> review.acknowledge(postmortem.key(), finding.finding().rule(), finding.quotedText(), " ",
                org.actor("mim")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("reason"));
        assertThatThrownBy(() -> review.acknowledge(postmortem.key(), finding.finding().rule(), "text that is not there",
                "because", org.actor("mim")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("quotedText"));
        assertThatThrownBy(() -> review.acknowledge(postmortem.key(), finding.finding().rule(), finding.quotedText(),
                "because", org.actor("dev-search")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(acknowledgements.of(postmortem.key())).isEmpty();
    }
}
