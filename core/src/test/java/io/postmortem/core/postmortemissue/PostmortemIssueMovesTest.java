package io.postmortem.core.postmortemissue;

import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostmortemIssueMovesTest {
    private final PostmortemIssueWorld world = new PostmortemIssueWorld();

    @Test
    void a_move_to_in_progress_by_an_impacted_team_sends_the_document_to_review() {
        Postmortem postmortem = world.postmortemOf("INC-1", Severity.P3, "checkout");

        world.store.moveByHand(postmortem.key(), PostmortemStatus.IN_REVIEW);
        world.moves.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, postmortem.key(), "dev-checkout"));

        assertThat(status(postmortem)).isEqualTo(PostmortemStatus.IN_REVIEW);
        assertThat(world.store.comments).isEmpty();
    }

    @Test
    void a_move_to_done_of_a_draft_goes_through_review_and_publishes_when_the_gate_passes() {
        Postmortem postmortem = world.complete(world.postmortemOf("INC-2", Severity.P2, "checkout"));

        world.store.moveByHand(postmortem.key(), PostmortemStatus.PUBLISHED);
        world.moves.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, postmortem.key(), "mim"));

        assertThat(status(postmortem)).isEqualTo(PostmortemStatus.PUBLISHED);
        assertThat(world.store.shownStatus(postmortem.key())).contains(PostmortemStatus.PUBLISHED);
        assertThat(world.store.comments).isEmpty();
    }

    @Test
    void a_move_to_done_the_publish_gate_refuses_is_moved_back_with_a_comment_saying_why() {
        Postmortem postmortem = world.postmortemOf("INC-3", Severity.P2, "checkout");

        world.store.moveByHand(postmortem.key(), PostmortemStatus.PUBLISHED);
        world.moves.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, postmortem.key(), "mim"));

        // The review step is allowed, publishing is not: the document is in review and so is its issue.
        assertThat(status(postmortem)).isEqualTo(PostmortemStatus.IN_REVIEW);
        assertThat(world.store.shownStatus(postmortem.key())).contains(PostmortemStatus.IN_REVIEW);
        assertThat(world.store.comments).singleElement().satisfies(comment -> assertThat(comment)
                .startsWith(postmortem.key() + ": This issue was moved by mim")
                .contains("cannot be published yet", "summary: write a summary", "back in the status for In review"));
    }

    @Test
    void a_move_by_someone_who_may_not_make_it_is_undone() {
        Postmortem postmortem = world.postmortemOf("INC-4", Severity.P2, "checkout");

        world.store.moveByHand(postmortem.key(), PostmortemStatus.IN_REVIEW);
        world.moves.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, postmortem.key(), "dev-search"));

        assertThat(status(postmortem)).isEqualTo(PostmortemStatus.DRAFT);
        assertThat(world.store.shownStatus(postmortem.key())).contains(PostmortemStatus.DRAFT);
        assertThat(world.store.comments).singleElement().asString().contains("dev-search", "Only the impacted teams");
    }

    @Test
    void the_products_own_moves_and_other_issues_change_nothing() {
        Postmortem postmortem = world.postmortemOf("INC-5", Severity.P2, "checkout");
        int followed = world.store.followed.size();

        world.moves.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, postmortem.key(), "mim"));
        world.moves.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "INC-5", "mim"));

        assertThat(status(postmortem)).isEqualTo(PostmortemStatus.DRAFT);
        assertThat(world.store.followed).hasSize(followed);
        assertThat(world.store.comments).isEmpty();
    }

    private PostmortemStatus status(Postmortem postmortem) {
        return world.store.findByKey(postmortem.key()).orElseThrow().status();
    }
}
