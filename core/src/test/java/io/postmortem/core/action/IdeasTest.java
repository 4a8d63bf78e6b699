package io.postmortem.core.action;

import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdeasTest {
    private final ActionWorld world = new ActionWorld();

    @Test
    void ideas_are_kept_apart_from_actions_until_promoted() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        IdeaItem idea = world.ideas.addIdea(postmortem.key(), "Alert on checkout error rate", "Maybe via SLOs", world.actor("dev-ledger"));

        assertThat(world.ideas.ideas(postmortem.key(), world.actor("mim"))).extracting(i -> i.idea().summary())
                .containsExactly("Alert on checkout error rate");
        assertThat(world.queries.list(postmortem.key(), world.actor("mim"))).isEmpty();
        assertThat(world.tickets.created).isEmpty();
        assertThat(new ActionsPublishCheck(world.store).missing(postmortem)).hasSize(1);

        RaiseAction.Raised raised = world.raising.promote(postmortem.key(), idea.idea().id(),
                new ActionDraft(null, null, ActionType.DETECT, "checkout", Priority.HIGH, null, null, null), world.actor("dev-checkout"));
        RaiseAction.Raised again = world.raising.promote(postmortem.key(), idea.idea().id(),
                new ActionDraft(null, null, ActionType.DETECT, "checkout", Priority.HIGH, null, null, null), world.actor("dev-checkout"));

        Action action = raised.item().action();
        assertThat(raised.created()).isTrue();
        assertThat(action).extracting(Action::summary, Action::description, Action::ideaId, Action::team)
                .containsExactly("Alert on checkout error rate", "Maybe via SLOs", idea.idea().id(), "checkout");
        assertThat(again.created()).isFalse();
        assertThat(again.item().action().id()).isEqualTo(action.id());
        assertThat(world.tickets.created).hasSize(1);
        assertThat(world.store.idea(idea.idea().id()).orElseThrow().promotedTo()).isEqualTo(action.id());
        assertThat(new ActionsPublishCheck(world.store).missing(postmortem)).isEmpty();
    }

    @Test
    void an_idea_needs_a_summary_and_an_editor() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        assertThatThrownBy(() -> world.ideas.addIdea(postmortem.key(), " ", null, world.actor("dev-checkout")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("summary"));
        assertThatThrownBy(() -> world.ideas.addIdea(postmortem.key(), "Idea", null, world.actor("dev-search")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void same_as_links_count_how_many_postmortems_raised_an_idea_or_action() {
        Postmortem first = world.postmortem("INC-1", Severity.P1);
        Action original = world.raise(first, "Add alerting on checkout error rate", "r1");
        world.clock.advance(Duration.ofDays(10));
        Postmortem second = world.postmortem("INC-2", Severity.P2);
        IdeaItem repeat = world.ideas.addIdea(second.key(), "Alert when the checkout error rate rises", null, world.actor("dev-checkout"));
        world.clock.advance(Duration.ofDays(10));
        Postmortem third = world.postmortem("INC-3", Severity.P2);
        IdeaItem again = world.ideas.addIdea(third.key(), "Checkout error rate alerting", null, world.actor("dev-checkout"));
        IdeaItem unrelated = world.ideas.addIdea(third.key(), "Rotate database credentials", null, world.actor("dev-checkout"));

        assertThat(repeat.recurrence()).isEqualTo(1);
        assertThat(world.ideas.sameAs(second.key(), repeat.idea().id(), original.ref(), world.actor("dev-checkout")).recurrence()).isEqualTo(2);
        assertThat(world.ideas.sameAs(third.key(), again.idea().id(), repeat.idea().ref(), world.actor("dev-checkout")).recurrence()).isEqualTo(3);

        assertThat(world.queries.list(first.key(), world.actor("mim"))).singleElement()
                .satisfies(item -> assertThat(item.recurrence()).isEqualTo(3));
        assertThat(world.ideas.ideas(third.key(), world.actor("mim"))).extracting(IdeaItem::recurrence).containsExactly(3, 1);
        assertThat(unrelated.recurrence()).isEqualTo(1);

        // Promoting the repeated idea keeps the count: the idea and its action are one item.
        Action promoted = world.raising.promote(third.key(), again.idea().id(),
                new ActionDraft(null, null, ActionType.DETECT, "checkout", Priority.HIGH, null, null, null),
                world.actor("dev-checkout")).item().action();
        assertThat(world.queries.list(third.key(), world.actor("mim"))).singleElement()
                .satisfies(item -> assertThat(item.recurrence()).isEqualTo(3));
        assertThat(promoted.ideaId()).isEqualTo(again.idea().id());

        // Clearing the mark separates them again.
        assertThat(world.ideas.sameAs(second.key(), repeat.idea().id(), null, world.actor("dev-checkout")).recurrence()).isEqualTo(2);
        assertThat(world.queries.list(first.key(), world.actor("mim")).get(0).recurrence()).isEqualTo(1);
    }

    @Test
    void same_as_only_points_to_an_earlier_postmortem() {
        Postmortem first = world.postmortem("INC-1", Severity.P1);
        IdeaItem older = world.ideas.addIdea(first.key(), "Add alerting", null, world.actor("dev-checkout"));
        IdeaItem sibling = world.ideas.addIdea(first.key(), "Add more alerting", null, world.actor("dev-checkout"));
        world.clock.advance(Duration.ofDays(1));
        Postmortem later = world.postmortem("INC-2", Severity.P2);
        IdeaItem newer = world.ideas.addIdea(later.key(), "Add alerting", null, world.actor("dev-checkout"));

        assertThatThrownBy(() -> world.ideas.sameAs(first.key(), older.idea().id(), newer.idea().ref(), world.actor("dev-checkout")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("target"));
        assertThatThrownBy(() -> world.ideas.sameAs(first.key(), older.idea().id(), sibling.idea().ref(), world.actor("dev-checkout")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> world.ideas.sameAs(later.key(), newer.idea().id(), ItemRef.action(999), world.actor("dev-checkout")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsEntry("target", "No action 999."));
    }

    @Test
    void suggestions_are_earlier_ideas_and_actions_worded_alike() {
        Postmortem first = world.postmortem("INC-1", Severity.P1);
        Action alerting = world.raise(first, "Add alerting on checkout error rate", "r1");
        world.ideas.addIdea(first.key(), "Rotate database credentials", null, world.actor("dev-checkout"));
        IdeaItem capacity = world.ideas.addIdea(first.key(), "Checkout error budget review", null, world.actor("dev-checkout"));
        world.clock.advance(Duration.ofDays(5));
        Postmortem second = world.postmortem("INC-2", Severity.P2);
        IdeaItem idea = world.ideas.addIdea(second.key(), "Alert when the checkout error rate rises", null, world.actor("dev-checkout"));
        world.ideas.addIdea(second.key(), "Alert on checkout error rate (same postmortem)", null, world.actor("dev-checkout"));
        world.clock.advance(Duration.ofDays(5));
        Postmortem third = world.postmortem("INC-3", Severity.P2);
        world.raise(third, "Alert on checkout error rate", "later");

        List<Suggestion> suggestions = world.ideas.suggest(second.key(), idea.idea().id(), world.actor("dev-checkout"));

        assertThat(suggestions).extracting(Suggestion::ref).first().isEqualTo(alerting.ref());
        assertThat(suggestions.get(0).score()).isGreaterThanOrEqualTo(Similarity.THRESHOLD);
        assertThat(suggestions).extracting(Suggestion::postmortemKey).containsOnly(first.key());
        assertThat(suggestions).extracting(Suggestion::summary).doesNotContain("Rotate database credentials");
        assertThat(suggestions).allMatch(s -> s.score() >= Similarity.THRESHOLD);
        assertThat(Similarity.score(idea.idea().summary(), capacity.idea().summary())).isLessThan(Similarity.THRESHOLD);
    }

    @Test
    void suggestions_leave_out_postmortems_the_viewer_cannot_see() {
        Postmortem first = world.postmortem("INC-1", Severity.P1);
        world.raise(first, "Add alerting on checkout error rate", "r1");
        world.clock.advance(Duration.ofDays(5));
        Postmortem second = world.postmortem("INC-2", Severity.P2);
        IdeaItem idea = world.ideas.addIdea(second.key(), "Alert when the checkout error rate rises", null, world.actor("dev-checkout"));

        assertThat(world.ideas.suggest(second.key(), idea.idea().id(), world.actor("dev-checkout"))).hasSize(1);
        world.org.hideProject("dev-checkout", "INC");
        assertThatThrownBy(() -> world.ideas.suggest(second.key(), idea.idea().id(), world.actor("dev-checkout")))
                .isInstanceOf(ForbiddenException.class);
    }
}
