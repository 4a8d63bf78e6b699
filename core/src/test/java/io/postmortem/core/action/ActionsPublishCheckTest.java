package io.postmortem.core.action;

import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionsPublishCheckTest {
    private final ActionWorld world = new ActionWorld();
    private Postmortem postmortem;

    @BeforeEach
    void aWrittenPostmortemInReview() {
        postmortem = world.postmortem("INC-1", Severity.P2);
        world.postmortems.update(postmortem.key(), new ContentChange(Map.of(Section.SUMMARY, "s", Section.IMPACT, "i"),
                Optional.of(List.of(new RootCause("c", "configuration"))), Optional.empty(), null), world.actor("mim"));
        world.postmortems.transition(postmortem.key(), PostmortemStatus.IN_REVIEW, world.actor("mim"));
    }

    @Test
    void publishing_needs_an_action_or_a_reason_for_none() {
        assertThatThrownBy(() -> world.postmortems.transition(postmortem.key(), PostmortemStatus.PUBLISHED, world.actor("mim")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reasons())
                        .containsExactly("actions: raise at least one action, or write why none is needed (noActionsReason)."));
    }

    @Test
    void a_written_no_actions_reason_is_enough() {
        world.postmortems.update(postmortem.key(), new ContentChange(Map.of(), Optional.empty(),
                Optional.of("A one-off vendor outage; the vendor has fixed it."), null), world.actor("mim"));
        assertThat(world.postmortems.transition(postmortem.key(), PostmortemStatus.PUBLISHED, world.actor("mim")).isPublished()).isTrue();
    }

    @Test
    void one_action_is_enough() {
        // In review only the facilitator, MIM and SRE edit, so MIM raises it.
        world.raising.raise(postmortem.key(), ActionWorld.draft("Add alerting", "checkout",
                io.postmortem.core.shared.Priority.HIGH, "r"), world.actor("mim"));
        assertThat(world.postmortems.transition(postmortem.key(), PostmortemStatus.PUBLISHED, world.actor("mim")).isPublished()).isTrue();
    }
}
