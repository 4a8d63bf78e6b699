package io.postmortem.plugin.persistence.action;

import io.postmortem.plugin.persistence.actionpack.ActionPackEntity;
import io.postmortem.plugin.persistence.actionpack.ActionPackStateEntity;
import io.postmortem.core.accountability.ActionSlice;
import io.postmortem.core.accountability.ActionStatistics;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.testing.contract.ActionRepositoryContract;
import io.postmortem.core.testing.contract.ActionStatisticsContract;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action repository and its dashboard reads against a real database; run on H2, PostgreSQL and MySQL by the
 * subclasses. The ports' contracts ({@link ActionRepositoryContract}, {@link ActionStatisticsContract}) run here and
 * against the core's in-memory fakes; what only the database shows stays here: how many statements a read costs, and
 * slices over more projects than one statement may name.
 */
abstract class AoActionRepositoryContract extends ActiveObjectsTestCase
        implements ActionRepositoryContract, ActionStatisticsContract {
    private AoActionRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class);
        repository = new AoActionRepository(ao, () -> ZONE, new SingleNodeLocks());
    }

    private Action store(String key, String team, String platform, String created, String closed, String due) {
        return repository.insert(ActionRepositoryContract.action(key, team, platform, created, closed, due));
    }

    private void standard() {
        ActionRepositoryContract.sixActions(repository::insert);
    }

    @Override
    public ActionRepository repository() {
        return repository;
    }

    @Override
    public ActionStatistics statistics() {
        return repository;
    }

    @Override
    public Action storeAction(Action action) {
        return repository.insert(action);
    }

    @Override
    public Action updateAction(Action action) {
        return repository.update(action);
    }

    @Test
    void slicesOverMoreProjectsThanOneStatementMayNameAreReadInChunks() {
        standard();
        // More than Oracle's 1,000 IN items and SQL Server's ~2,100 parameters; the real projects sort last.
        Set<String> projects = new java.util.HashSet<>(Set.of("CHK", "LED", "SRCH"));
        for (int i = 0; i < 2_400; i++) {
            projects.add(String.format("AA%04d", i));
        }
        ActionSlice open = ActionSlice.in(projects).openOn(TODAY);

        assertThat(repository.keys(open)).containsExactly("CHK-1", "CHK-2", "LED-2", "SRCH-1");
        assertThat(repository.earliestDue(open, 3)).extracting(l -> l.problemKey())
                .containsExactly("SRCH-1", "CHK-1", "CHK-2");
    }

    @Test
    void aPageAndTheProjectKeysAreOneStatementEachWhateverTheTableHolds() {
        standard();
        for (int i = 1; i <= 60; i++) {
            store("OPS-" + i, "operations", "platform", "2026-03-01", null, "2026-05-01");
        }
        ActionFilter any = ActionFilter.any();
        long afterFourth = repository.page(any, null, 0, 4).get(3).id();

        AoDatabaseCount counted = count(() -> repository.page(any, Set.of("OPS", "LED"), afterFourth, 20));
        assertThat(counted.statements).isEqualTo(1);
        assertThat(counted.rows).hasSize(20);
        assertThat(count(() -> repository.page(any, null, 0, 500)).statements).isEqualTo(1);
        assertThat(database.counting(() -> repository.projectKeys()).statements()).isEqualTo(1);
    }

    @Test
    void summaryWordsNarrowTheCandidatesInOneLimitedStatement() {
        store("CHK-1", "Add alerting on checkout errors", "2026-01-01");
        store("CHK-4", "Checkout Alert thresholds", "2026-01-04");
        for (int i = 0; i < 40; i++) {
            store("OLD-" + i, "Tidy the build scripts " + i, "2025-06-01");
        }
        Instant before = Instant.parse("2026-02-01T00:00:00Z");

        AoDatabaseCount alert = count(() -> repository.withSummaryWords(Set.of("alert", "Alert", "ALERT"), before, 10));
        assertThat(alert.statements).isEqualTo(1);
        assertThat(alert.rows).extracting(Action::problemKey).containsExactly("CHK-4", "CHK-1");
        AoDatabaseCount limited = count(() -> repository.withSummaryWords(Set.of("build"), before, 5));
        assertThat(limited.statements).isEqualTo(1);
        assertThat(limited.rows).as("limited in the database").hasSize(5);
    }

    private Action store(String key, String summary, String created) {
        return repository.insert(ActionRepositoryContract.withSummary(key, summary, created));
    }

    private record AoDatabaseCount(List<Action> rows, int statements) {
    }

    private AoDatabaseCount count(java.util.function.Supplier<List<Action>> read) {
        var counted = database.counting(read);
        return new AoDatabaseCount(counted.result(), counted.statements());
    }
}
