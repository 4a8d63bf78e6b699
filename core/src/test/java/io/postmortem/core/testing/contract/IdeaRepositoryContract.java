package io.postmortem.core.testing.contract;

import io.postmortem.core.action.Idea;
import io.postmortem.core.action.IdeaRepository;
import io.postmortem.core.action.ItemRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link IdeaRepository} promises, the database's and the in-memory one alike: a test class implements
 * this with a fresh, empty repository per test, so the fake cannot drift from the SQL.
 */
public interface IdeaRepositoryContract {
    Instant T0 = Instant.parse("2026-10-01T09:00:00Z");

    /** A repository that holds no idea yet. */
    IdeaRepository ideas();

    static Idea idea(String postmortemKey, String summary, Instant createdAt) {
        return new Idea(0, postmortemKey, summary, null, "dev", createdAt, null, null);
    }

    @Test
    default void stores_promotes_and_marks_ideas_as_the_same_as_earlier_ones() {
        IdeaRepository ideas = ideas();
        Idea earlier = ideas.insert(new Idea(0, "PM-1", "Add a canary stage to deploys", "Catch bad config early; ünïcode ✓",
                "dev-checkout", T0, null, null));
        Idea later = ideas.insert(new Idea(0, "PM-2", "Canary deploys", null, "dev-ledger", T0.plusSeconds(86_400), null, null));

        assertThat(earlier.id()).isPositive();
        assertThat(later.id()).isNotEqualTo(earlier.id());
        assertThat(ideas.idea(earlier.id())).contains(earlier);
        assertThat(earlier.description()).isEqualTo("Catch bad config early; ünïcode ✓");
        ideas.update(later.sameAs(ItemRef.idea(earlier.id())));
        Idea promoted = ideas.update(earlier.promotedTo(42));

        assertThat(promoted.promotedTo()).isEqualTo(42L);
        assertThat(ideas.idea(earlier.id())).contains(promoted);
        assertThat(ideas.ideasSameAs(ItemRef.idea(earlier.id()))).extracting(Idea::id).containsExactly(later.id());
        assertThat(ideas.ideasSameAs(ItemRef.action(earlier.id()))).isEmpty();
        assertThat(ideas.ideasOf("PM-2")).singleElement()
                .satisfies(i -> assertThat(i.sameAs()).isEqualTo(ItemRef.idea(earlier.id())));
        assertThat(ideas.ideasCreatedBefore(T0.plusSeconds(3600))).extracting(Idea::id).containsExactly(earlier.id());
        assertThat(ideas.idea(earlier.id() + later.id() + 9_999)).isEmpty();
    }

    @Test
    default void a_postmortems_ideas_and_the_earlier_ones_come_oldest_first_whatever_order_they_were_stored_in() {
        IdeaRepository ideas = ideas();
        Idea third = ideas.insert(idea("PM-1", "Third", T0.plusSeconds(120)));
        Idea first = ideas.insert(idea("PM-1", "First", T0));
        Idea second = ideas.insert(idea("PM-1", "Second", T0.plusSeconds(60)));
        Idea elsewhere = ideas.insert(idea("PM-2", "Elsewhere", T0.plusSeconds(30)));

        assertThat(ideas.ideasOf("PM-1")).extracting(Idea::summary).containsExactly("First", "Second", "Third");
        assertThat(ideas.ideasOf("PM-3")).isEmpty();
        assertThat(ideas.ideasCreatedBefore(T0.plusSeconds(120))).extracting(Idea::id)
                .containsExactly(first.id(), elsewhere.id(), second.id());
        assertThat(third.id()).isPositive();
    }

    @Test
    default void updating_an_idea_never_stored_is_refused() {
        IdeaRepository ideas = ideas();
        Idea never = idea("PM-1", "Never stored", T0).withId(4711);

        assertThatThrownBy(() -> ideas.update(never)).isInstanceOf(IllegalStateException.class);
        assertThat(ideas.idea(4711)).isEmpty();
        assertThat(ideas.ideasOf("PM-1")).isEmpty();
    }

    @Test
    default void unpromoted_earlier_ideas_with_a_summary_word_come_newest_first_matching_the_words_literally() {
        IdeaRepository ideas = ideas();
        Idea canary = ideas.insert(idea("PM-1", "Add a Canary stage", T0));
        Idea promoted = ideas.insert(idea("PM-1", "Canary all deploys", T0.plusSeconds(60)));
        ideas.update(promoted.promotedTo(7));
        Idea percent = ideas.insert(idea("PM-2", "Cap retries at 10% of traffic", T0.plusSeconds(120)));
        Idea newer = ideas.insert(idea("PM-2", "canary for config", T0.plusSeconds(180)));
        ideas.insert(idea("PM-3", "canary too late", T0.plusSeconds(7200)));
        for (int i = 0; i < 6; i++) {
            ideas.insert(idea("PM-4", "Document the runbook " + i, T0.plusSeconds(i)));
        }
        Instant before = T0.plusSeconds(3600);

        assertThat(ideas.unpromotedWithSummaryWords(Set.of("canary", "Canary"), before, 10)).extracting(Idea::id)
                .containsExactly(newer.id(), canary.id());
        assertThat(ideas.unpromotedWithSummaryWords(Set.of("10%"), before, 10)).extracting(Idea::id)
                .containsExactly(percent.id());
        assertThat(ideas.unpromotedWithSummaryWords(Set.of("1_%"), before, 10)).as("_ and % are no wildcards").isEmpty();
        assertThat(ideas.unpromotedWithSummaryWords(Set.of("runbook"), before, 4)).as("at most the limit, the newest")
                .extracting(Idea::summary).containsExactly("Document the runbook 5", "Document the runbook 4",
                        "Document the runbook 3", "Document the runbook 2");
        assertThat(ideas.unpromotedWithSummaryWords(Set.of(), before, 4)).isEmpty();
    }
}
