package io.postmortem.plugin.persistence.action;

import io.postmortem.core.action.Idea;
import io.postmortem.core.action.IdeaRepository;
import io.postmortem.core.testing.contract.IdeaRepositoryContract;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static io.postmortem.core.testing.contract.IdeaRepositoryContract.T0;
import static io.postmortem.core.testing.contract.IdeaRepositoryContract.idea;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ideas against a real database; run on H2, PostgreSQL and MySQL by the subclasses. The port's contract
 * ({@link IdeaRepositoryContract}) runs here and against the core's in-memory fake; how many statements the
 * suggestions' read costs stays here.
 */
abstract class AoIdeaRepositoryContract extends ActiveObjectsTestCase implements IdeaRepositoryContract {
    private AoIdeaRepository ideas;

    @BeforeEach
    void migrate() {
        ao.migrate(IdeaEntity.class);
        ideas = new AoIdeaRepository(ao);
    }

    @Override
    public IdeaRepository ideas() {
        return ideas;
    }

    @Test
    void unpromotedEarlierIdeasWithASummaryWordComeInOneLimitedStatement() {
        Idea canary = ideas.insert(idea("PM-1", "Add a Canary stage", T0));
        Idea newer = ideas.insert(idea("PM-2", "canary for config", T0.plusSeconds(180)));
        for (int i = 0; i < 30; i++) {
            ideas.insert(idea("PM-4", "Document the runbook " + i, T0.plusSeconds(i)));
        }
        Instant before = T0.plusSeconds(3600);

        var counted = database.counting(() -> ideas.unpromotedWithSummaryWords(Set.of("canary", "Canary"), before, 10));
        assertThat(counted.statements()).isEqualTo(1);
        assertThat(counted.result()).extracting(Idea::id).containsExactly(newer.id(), canary.id());
        var limited = database.counting(() -> ideas.unpromotedWithSummaryWords(Set.of("runbook"), before, 4));
        assertThat(limited.statements()).isEqualTo(1);
        assertThat(limited.result()).as("limited in the database").hasSize(4);
    }
}
