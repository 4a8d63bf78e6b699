package io.postmortem.plugin.persistence.postmortem;

import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.testing.contract.PostmortemRepositoryContract;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.postmortem.core.testing.contract.PostmortemRepositoryContract.CREATED;
import static io.postmortem.core.testing.contract.PostmortemRepositoryContract.draft;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postmortem repository against a real database; run on H2, PostgreSQL and MySQL by the subclasses. The port's
 * contract ({@link PostmortemRepositoryContract}) runs here and against the core's in-memory fake; what only a
 * database shows (two cluster nodes) stays here.
 */
abstract class AoPostmortemRepositoryContract extends ActiveObjectsTestCase implements PostmortemRepositoryContract {
    private AoPostmortemRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(PostmortemEntity.class, PostmortemRevisionEntity.class, PostmortemIncidentEntity.class);
        repository = new AoPostmortemRepository(ao);
    }

    @Override
    public PostmortemRepository repository() {
        return repository;
    }

    @Test
    void concurrent_links_of_one_incident_from_two_nodes_leave_exactly_one() throws Exception {
        repository.insert(draft("PM-1", "INC-1"));
        repository.insert(draft("PM-2", "INC-2"));
        try (io.postmortem.testkit.ao.AoDatabase node2 = database.anotherNode()) {
            racingLinks(new AoPostmortemRepository(node2.activeObjects()));
        }
        assertThat(repository.linkedIncidents("PM-1").size() + repository.linkedIncidents("PM-2").size()).isEqualTo(1);
    }

    private void racingLinks(AoPostmortemRepository otherNode) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AoPostmortemRepository node = i % 2 == 0 ? repository : otherNode;
            String postmortem = i % 2 == 0 ? "PM-1" : "PM-2";
            results.add(pool.submit(() -> {
                try {
                    node.linkIncident(postmortem, "INC-9", "mim", CREATED);
                    return "linked";
                } catch (PostmortemRepository.DuplicatePostmortemException refused) {
                    return "refused";
                }
            }));
        }
        int linked = 0;
        for (Future<String> result : results) {
            linked += result.get().equals("linked") ? 1 : 0;
        }
        pool.shutdown();
        assertThat(linked).isEqualTo(1);
    }

}
