package io.postmortem.plugin.persistence.timeline;

import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Teams added to incidents, against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class AoImpactedTeamsContract extends ActiveObjectsTestCase {
    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");

    private AoImpactedTeams teams;

    @BeforeEach
    void migrate() {
        ao.migrate(ImpactedTeamEntity.class);
        teams = new AoImpactedTeams(ao);
    }

    @Test
    void teams_come_back_in_the_order_they_were_added_per_incident() {
        teams.add("INC-1", "search", "mia", NOW);
        teams.add("INC-1", "identity", "mia", NOW);
        teams.add("INC-2", "payments", "mia", NOW);
        teams.add("INC-1", "checkout", "carol", NOW);

        assertThat(teams.addedTo("INC-1")).containsExactly("search", "identity", "checkout");
        assertThat(teams.addedTo("INC-2")).containsExactly("payments");
        assertThat(teams.addedTo("INC-3")).isEmpty();
    }

    @Test
    void adding_a_team_twice_keeps_one_record() {
        teams.add("INC-1", "search", "mia", NOW);
        teams.add("INC-1", "search", "carol", NOW.plusSeconds(5));

        assertThat(teams.addedTo("INC-1")).containsExactly("search");
        assertThat(ao.count(ImpactedTeamEntity.class)).isEqualTo(1);
    }

    @Test
    void two_people_adding_the_same_team_at_once_leave_one_record() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String by = "user" + i;
            results.add(pool.submit(() -> teams.add("INC-9", "search", by, NOW)));
        }
        for (Future<?> result : results) {
            result.get();
        }
        pool.shutdown();

        assertThat(teams.addedTo("INC-9")).containsExactly("search");
    }
}
