package io.postmortem.core.timeline;

import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.Section;

import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline follows the postmortem: its facilitator, and open only while there is none or it is a draft. */
class PostmortemTimelineParticipationTest {
    private static final Instant RESOLVED = Instant.parse("2026-11-20T15:30:00Z");

    private final TestOrganisation org = new TestOrganisation();
    private final InMemoryPostmortems store = new InMemoryPostmortems();
    private final MutableClock clock = new MutableClock(RESOLVED);
    private final PostmortemService service = new PostmortemService(org, store, store, org, org, org, clock,
            List.of(), List.of());
    private final PostmortemTimelineParticipation participation = new PostmortemTimelineParticipation(store);

    @Test
    void without_a_postmortem_there_is_no_facilitator_and_the_timeline_is_open() {
        org.incident("INC-1", Severity.P4, "checkout", List.of(), RESOLVED.minusSeconds(3600), null);

        assertThat(participation.facilitatorOf("INC-1")).isEmpty();
        assertThat(participation.editable("INC-1")).isTrue();
    }

    @Test
    void the_facilitator_is_the_postmortems_and_a_draft_keeps_the_timeline_open() {
        org.incident("INC-2", Severity.P3, "search", List.of(), RESOLVED.minusSeconds(3600), RESOLVED);
        service.createFor("INC-2", org.actor("dev-search"));

        assertThat(participation.facilitatorOf("INC-2")).contains(new Facilitator(Facilitator.Type.TEAM, "search"));
        assertThat(participation.editable("INC-2")).isTrue();
        assertThat(participation.facilitatorOf("INC-1")).isEmpty();
    }

    @Test
    void review_and_publication_close_the_timeline_and_back_to_draft_opens_it() {
        org.incident("INC-3", Severity.P2, "checkout", List.of("ledger"), RESOLVED.minusSeconds(3600), RESOLVED);
        Postmortem draft = service.createFor("INC-3", org.actor("mim")).postmortem();
        assertThat(participation.facilitatorOf("INC-3"))
                .contains(new Facilitator(Facilitator.Type.MIM, TestOrganisation.MIM_GROUP));

        Postmortem inReview = store.update(draft.withStatus(PostmortemStatus.IN_REVIEW, RESOLVED), List.of());
        assertThat(participation.editable("INC-3")).isFalse();

        Postmortem backToDraft = store.update(inReview.withStatus(PostmortemStatus.DRAFT, RESOLVED), List.of());
        assertThat(participation.editable("INC-3")).isTrue();

        store.update(backToDraft.withStatus(PostmortemStatus.PUBLISHED, RESOLVED)
                .withContent(Map.of(Section.SUMMARY, "x"), List.of(), null), List.of());
        assertThat(participation.editable("INC-3")).isFalse();
    }
}
