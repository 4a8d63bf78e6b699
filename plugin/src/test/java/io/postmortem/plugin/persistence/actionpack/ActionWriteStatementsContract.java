package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.plugin.persistence.action.ActionChangeEntity;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One action write costs the same number of SQL statements however many actions share its pack rows: closing an
 * action among 20 of its team and block costs what it costs among 400 (where its rows are full and spill over), and so
 * does inserting one. A statement per pack row or per action anywhere on the write path would make them differ;
 * reading a new entity's getters (AO reads each column with a SELECT of its own) would exceed the budget.
 */
abstract class ActionWriteStatementsContract extends ActiveObjectsTestCase {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /**
     * An update that moves its token: the action read twice (before and under the locks) and written, then each of
     * its two pack rows found, deleted by compare-and-set and inserted anew.
     */
    private static final int UPDATE_BUDGET = 9;
    /** The request id looked up, the action inserted, its pack row found, deleted by compare-and-set and inserted. */
    private static final int INSERT_BUDGET = 5;
    /** Each of those inserts that AO issues on PostgreSQL after taking the new row's ID from its sequence. */
    private static final int INSERTS_IN_AN_UPDATE = 2;
    private static final int INSERTS_IN_AN_INSERT = 2;

    @Test
    void aWriteCostsAsManyStatementsAmongManyActionsAsAmongFew() {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class);
        AoActionRepository repository = AoActionRepository.inZone(ao, () -> LONDON, new SingleNodeLocks());
        List<Action> stored = new ArrayList<>();
        int[] counts = new int[4];
        int n = 0;
        for (int size : new int[]{20, 400}) {
            while (stored.size() < size) {
                stored.add(repository.insert(action(n++)));
            }
            repository.eachActive(null, null, LocalDate.ofEpochDay(0), d -> { }); // the packs are ready
            int round = size == 20 ? 0 : 2;
            // One closing first, so the measured one finds its closed row there, as most closings do.
            repository.update(stored.get(stored.size() / 2 - 1).withTicketState(ActionStatus.DONE, "Done", "dev",
                    Instant.parse("2026-03-16T09:00:00Z")));
            Action open = stored.get(stored.size() / 2);
            database.entityManager().flushAll();
            counts[round] = database.counting(() -> repository.update(open.withTicketState(ActionStatus.DONE, "Done",
                    "dev", Instant.parse("2026-03-16T10:00:00Z")))).statements();
            int next = n++;
            database.entityManager().flushAll();
            counts[round + 1] = database.counting(() -> stored.add(repository.insert(action(next)))).statements();
        }
        System.out.printf("Action writes on %s: update %d and %d, insert %d and %d statements%n", database.type(),
                counts[0], counts[2], counts[1], counts[3]);
        assertThat(ao.count(ActionPackEntity.class, "KIND = ?", "O")).as("rows spilled over").isGreaterThan(3);
        int sequence = database.type() == com.atlassian.activeobjects.spi.DatabaseType.POSTGRESQL ? 1 : 0;
        assertThat(counts[2]).as("an update among 400").isEqualTo(counts[0])
                .isLessThanOrEqualTo(UPDATE_BUDGET + sequence * INSERTS_IN_AN_UPDATE);
        assertThat(counts[3]).as("an insert among 400").isEqualTo(counts[1])
                .isLessThanOrEqualTo(INSERT_BUDGET + sequence * INSERTS_IN_AN_INSERT);
        assertThat(repository.byId(stored.get(stored.size() - 1).id())).as("the insert answers the stored action")
                .contains(stored.get(stored.size() - 1));
    }

    /** Every action in one team and one 32-day block, so they share their pack rows. */
    private static Action action(int n) {
        LocalDate created = LocalDate.parse("2026-02-03").plusDays(n % 5);
        return new Action(0, "req-" + n, "PM-1", "INC-1", "CHK-" + (n + 1), "CHK", "Fix " + n, null,
                ActionType.PREVENT, "checkout", "payments", Priority.HIGH, Severity.P2, created.plusDays(30),
                created.plusDays(30), null, ActionStatus.OPEN, null, false, null, null, "mim",
                created.atTime(9, 0).atZone(LONDON).toInstant(), null);
    }
}
