package io.postmortem.plugin.persistence.learning;

import io.postmortem.core.learning.AwardStore;
import io.postmortem.core.learning.LearningIndex;
import io.postmortem.core.learning.LearningMarksStore;
import io.postmortem.core.testing.contract.LearningStoresContract;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.postmortem.core.testing.contract.LearningStoresContract.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library index, learning marks and awards against a real database; run on H2, PostgreSQL and MySQL. The ports'
 * contract ({@link LearningStoresContract}) runs here and against the core's in-memory stores; what only the database
 * shows (its own LIKE matching) stays here.
 */
abstract class AoLearningStoresContract extends ActiveObjectsTestCase implements LearningStoresContract {

    private AoLearningIndex index;
    private AoLearningMarksStore marks;
    private AoAwardStore awards;

    @BeforeEach
    void migrate() {
        ao.migrate(LearningEntryEntity.class, LearningMarksEntity.class, NominationEntity.class, VoteEntity.class,
                WinnerEntity.class);
        index = new AoLearningIndex(ao);
        marks = new AoLearningMarksStore(ao);
        awards = new AoAwardStore(ao);
    }

    @Override
    public LearningIndex index() {
        return index;
    }

    @Override
    public LearningMarksStore marks() {
        return marks;
    }

    @Override
    public AwardStore awards() {
        return awards;
    }

    @Test
    void the_database_itself_matches_values_with_like_wildcards_exactly() {
        index.put(entry(1, "Gateway down", "Expired certificate", "dependency", List.of("payments"),
                List.of("api_gateway"), List.of("100%", "[p1]", "a!b")));
        index.put(entry(2, "Gateway slow", "Thread pool", "dependency", List.of("payments"),
                List.of("apixgateway"), List.of("1000", "100x", "p1", "ab")));

        // Before the entries are checked again in Java.
        assertThat(ao.count(LearningEntryEntity.class, net.java.ao.Query.select()
                .where(io.postmortem.plugin.persistence.Like.clause("COMPONENTS"), Bars.like("api_gateway", true))))
                .isEqualTo(1);
        assertThat(ao.count(LearningEntryEntity.class, net.java.ao.Query.select()
                .where(io.postmortem.plugin.persistence.Like.clause("TAGS"), Bars.like("100%", false))))
                .isEqualTo(1);
    }
}
