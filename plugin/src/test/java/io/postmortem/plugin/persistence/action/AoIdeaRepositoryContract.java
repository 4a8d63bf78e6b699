package io.postmortem.plugin.persistence.action;

import io.postmortem.core.action.Idea;
import io.postmortem.core.action.ItemRef;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Ideas against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class AoIdeaRepositoryContract extends ActiveObjectsTestCase {
    private static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");
    private AoIdeaRepository ideas;

    @BeforeEach
    void migrate() {
        ao.migrate(IdeaEntity.class);
        ideas = new AoIdeaRepository(ao);
    }

    @Test
    void stores_promotes_and_marks_ideas_as_the_same_as_earlier_ones() {
        Idea earlier = ideas.insert(new Idea(0, "PM-1", "Add a canary stage to deploys", "Catch bad config early.",
                "dev-checkout", T0, null, null));
        Idea later = ideas.insert(new Idea(0, "PM-2", "Canary deploys", null, "dev-ledger", T0.plusSeconds(86_400), null, null));

        assertThat(earlier.id()).isPositive();
        assertThat(ideas.idea(earlier.id())).contains(earlier);
        ideas.update(later.sameAs(ItemRef.idea(earlier.id())));
        ideas.update(earlier.promotedTo(42));

        assertThat(ideas.ideasSameAs(ItemRef.idea(earlier.id()))).extracting(Idea::id).containsExactly(later.id());
        assertThat(ideas.idea(earlier.id()).orElseThrow().promotedTo()).isEqualTo(42L);
        assertThat(ideas.ideasOf("PM-2")).singleElement().satisfies(i -> assertThat(i.sameAs()).isEqualTo(ItemRef.idea(earlier.id())));
        assertThat(ideas.ideasCreatedBefore(T0.plusSeconds(3600))).extracting(Idea::id).containsExactly(earlier.id());
        assertThat(ideas.idea(9_999)).isEmpty();
    }
}
