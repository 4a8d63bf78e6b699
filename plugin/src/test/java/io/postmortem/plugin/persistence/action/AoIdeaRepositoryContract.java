package io.postmortem.plugin.persistence.action;

import io.postmortem.core.action.Idea;
import io.postmortem.core.action.ItemRef;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

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

    @Test
    void unpromotedEarlierIdeasWithASummaryWordComeInOneLimitedStatementNewestFirst() {
        Idea canary = ideas.insert(new Idea(0, "PM-1", "Add a Canary stage", null, "dev", T0, null, null));
        Idea promoted = ideas.insert(new Idea(0, "PM-1", "Canary all deploys", null, "dev", T0.plusSeconds(60), null, null));
        ideas.update(promoted.promotedTo(7));
        Idea percent = ideas.insert(new Idea(0, "PM-2", "Cap retries at 10% of traffic", null, "dev", T0.plusSeconds(120), null, null));
        Idea newer = ideas.insert(new Idea(0, "PM-2", "canary for config", null, "dev", T0.plusSeconds(180), null, null));
        ideas.insert(new Idea(0, "PM-3", "canary too late", null, "dev", T0.plusSeconds(7200), null, null));
        for (int i = 0; i < 30; i++) {
            ideas.insert(new Idea(0, "PM-4", "Document the runbook " + i, null, "dev", T0.plusSeconds(i), null, null));
        }
        Instant before = T0.plusSeconds(3600);

        var counted = database.counting(() -> ideas.unpromotedWithSummaryWords(Set.of("canary", "Canary"), before, 10));
        assertThat(counted.statements()).isEqualTo(1);
        assertThat(counted.result()).extracting(Idea::id).containsExactly(newer.id(), canary.id());
        assertThat(ideas.unpromotedWithSummaryWords(Set.of("10%"), before, 10)).extracting(Idea::id)
                .containsExactly(percent.id());
        assertThat(ideas.unpromotedWithSummaryWords(Set.of("1_%"), before, 10)).isEmpty();
        assertThat(ideas.unpromotedWithSummaryWords(Set.of("runbook"), before, 4)).hasSize(4);
    }
}
