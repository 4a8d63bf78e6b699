package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.core.accountability.ActionDays;
import io.postmortem.plugin.persistence.action.ActionChangeEntity;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packed days the dashboards read always describe the action table exactly: after inserts, closings, reopenings,
 * due date changes and moves between teams, with rows full enough to spill over, after writes from several threads
 * and from two nodes, when the table was filled before the packs existed, and when a row went missing. H2 and
 * PostgreSQL subclasses.
 */
abstract class ActionPacksContract extends ActiveObjectsTestCase {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-16");
    private static final String[][] TEAMS = {{"payments", "checkout", "CHK"}, {"payments", "ledger", "LED"},
            {"storefront", "search", "SRCH"}};
    private AoActionRepository repository;
    private final List<Action> truth = new ArrayList<>();

    @BeforeEach
    void migrate() {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class);
        repository = AoActionRepository.inZone(ao, () -> LONDON, new SingleNodeLocks());
    }

    @Test
    void givesTheOpenActionsAndThoseClosedAfterTheDayWithTheirDays() {
        Action open = insert(1, 0, "2025-01-10", null, "2025-02-10");
        Action recent = insert(2, 1, "2026-01-05", "2026-03-01", "2026-03-05");
        insert(3, 1, "2025-06-01", "2025-12-01", "2025-07-01");
        Action search = insert(4, 2, "2026-03-10", null, "2026-03-09");

        assertThat(active(null, null, TODAY.minusDays(90))).containsExactlyInAnyOrder(days(open), days(recent), days(search));
        assertThat(days(recent)).isEqualTo(new ActionDays("payments", "ledger", LocalDate.parse("2026-01-05").toEpochDay(),
                LocalDate.parse("2026-03-01").toEpochDay(), LocalDate.parse("2026-03-05").toEpochDay()));
        assertThat(active(Set.of("CHK", "SRCH"), null, TODAY.minusDays(90))).containsExactlyInAnyOrder(days(open), days(search));
        assertThat(active(null, "payments", TODAY.minusDays(90))).containsExactlyInAnyOrder(days(open), days(recent));
        assertThat(active(null, null, TODAY.minusDays(120))).hasSize(4);
        assertThat(active(null, null, LocalDate.parse("2026-03-01"))).containsExactlyInAnyOrder(days(open), days(search));
        assertThat(active(Set.of(), null, TODAY.minusDays(120))).isEmpty();
    }

    @Test
    void staysExactThroughClosingReopeningDueChangesAndMoves() {
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            // Most actions share a team and a 32-day block, so their rows fill up and spill into more rows.
            LocalDate created = TODAY.minusDays(i % 4 == 0 ? random.nextInt(700) : 40 + random.nextInt(20));
            LocalDate closed = random.nextInt(3) == 0 ? created.plusDays(random.nextInt(60)) : null;
            insert(i, i % 4 == 0 ? random.nextInt(3) : 0, created.toString(), closed == null ? null : closed.toString(),
                    created.plusDays(random.nextInt(90) - 30).toString());
        }
        for (int step = 0; step < 600; step++) {
            int index = random.nextInt(truth.size());
            Action action = truth.get(index);
            Action changed = switch (random.nextInt(4)) {
                case 0 -> action.withTicketState(ActionStatus.DONE, "Done", "dev",
                        action.createdAt().plusSeconds(86_400L * random.nextInt(100)));
                case 1 -> action.withTicketState(ActionStatus.OPEN, null, "dev", null);
                case 2 -> withDue(action, action.dueDate().plusDays(random.nextInt(40) - 20));
                default -> {
                    String[] to = TEAMS[random.nextInt(TEAMS.length)];
                    yield action.movedTo(to[2] + "-" + (1000 + index), to[2], to[1], to[0]);
                }
            };
            truth.set(index, repository.update(changed));
        }

        assertThat(ao.count(ActionPackEntity.class, "KIND = ?", "O")).as("open rows spilled over").isGreaterThan(3);
        assertThat(active(null, null, LocalDate.ofEpochDay(0))).containsExactlyInAnyOrderElementsOf(expected(0));
        long since = TODAY.minusDays(120).toEpochDay();
        assertThat(active(null, null, TODAY.minusDays(120))).containsExactlyInAnyOrderElementsOf(expected(since));
    }

    @Test
    void writesFromSeveralThreadsAtOnceKeepThePacksExact() throws Exception {
        for (int i = 0; i < 60; i++) {
            insert(i, i % 3, TODAY.minusDays(50 + i % 10).toString(), null, TODAY.minusDays(20).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Action>> closings = new ArrayList<>();
            for (Action action : List.copyOf(truth)) {
                closings.add(pool.submit(() -> repository.update(action.withTicketState(ActionStatus.DONE, "Done",
                        "dev", Instant.parse("2026-03-10T10:00:00Z")))));
            }
            List<Future<Action>> inserts = new ArrayList<>();
            for (int i = 60; i < 100; i++) {
                int n = i;
                inserts.add(pool.submit(() -> repository.insert(action(n, n % 3, TODAY.minusDays(55).toString(), null,
                        TODAY.toString()))));
            }
            truth.clear();
            for (Future<Action> f : closings) {
                truth.add(f.get());
            }
            for (Future<Action> f : inserts) {
                truth.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(active(null, null, LocalDate.ofEpochDay(0))).hasSize(100).containsExactlyInAnyOrderElementsOf(expected(0));
    }

    @Test
    void twoNodesWritingAtOnceKeepThePacksExact() throws Exception {
        SingleNodeLocks cluster = new SingleNodeLocks();
        AoActionRepository one = AoActionRepository.inZone(ao, () -> LONDON, cluster);
        try (AoDatabase node = database.anotherNode()) {
            AoActionRepository two = AoActionRepository.inZone(node.activeObjects(), () -> LONDON, cluster);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Action>> inserts = new ArrayList<>();
                for (int i = 0; i < 80; i++) {
                    AoActionRepository on = i % 2 == 0 ? one : two;
                    int n = i;
                    inserts.add(pool.submit(() -> on.insert(action(n, n % 3, TODAY.minusDays(40 + n % 5).toString(),
                            null, TODAY.minusDays(5).toString()))));
                }
                List<Future<Action>> closings = new ArrayList<>();
                for (Future<Action> inserted : inserts) {
                    Action action = inserted.get();
                    AoActionRepository on = action.id() % 2 == 0 ? two : one;
                    closings.add(pool.submit(() -> on.update(action.withTicketState(ActionStatus.DONE, "Done", "dev",
                            Instant.parse("2026-03-12T10:00:00Z")))));
                }
                for (Future<Action> closed : closings) {
                    truth.add(closed.get());
                }
            } finally {
                pool.shutdown();
            }
        }

        assertThat(active(null, null, LocalDate.ofEpochDay(0))).hasSize(80).containsExactlyInAnyOrderElementsOf(expected(0));
        assertThat(ao.count(ActionPackEntity.class, "KIND = ?", "O")).isZero();
    }

    /**
     * Should the lock fail to exclude (a node that lost it, a transaction that outlived it), a row rewritten by two
     * writers at once must not lose a token: each rewrite deletes the row only if its items are unchanged. Writers
     * that collide may fail; what they stored is what the packs must show.
     */
    @Test
    void writersThatTheLockDoesNotExcludeLoseNoToken() throws Exception {
        ClusterLocks none = new ClusterLocks() {
            @Override
            public <T> T withLock(String name, java.util.function.Supplier<T> work) {
                return work.get();
            }
        };
        AoActionRepository unlocked = AoActionRepository.inZone(ao, () -> LONDON, none);
        repository.eachActive(null, null, TODAY, a -> { }); // the state row, so a lost token would go unnoticed
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Action>> inserts = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int n = i;
                // One team, one 32-day block: every insert rewrites the same row.
                inserts.add(pool.submit(() -> unlocked.insert(action(n, 0, "2026-02-03", null, "2026-03-03"))));
            }
            for (Future<Action> insert : inserts) {
                try {
                    insert.get();
                } catch (java.util.concurrent.ExecutionException collided) {
                    // A collision the database refused: that action was not stored.
                }
            }
        } finally {
            pool.shutdown();
        }
        truth.addAll(repository.find(io.postmortem.core.action.ActionFilter.any()));

        assertThat(truth).isNotEmpty();
        assertThat(active(null, null, LocalDate.ofEpochDay(0))).containsExactlyInAnyOrderElementsOf(expected(0));
    }

    @Test
    void buildsThePacksFromTheActionTableWhenTheyAreMissingOrWrong() {
        // Read the action table 7 rows at a time, so the rebuild's paging is exercised.
        repository = AoActionRepository.inZone(ao, () -> LONDON, new ActionPacks(ao, new SingleNodeLocks(), 7));
        for (int i = 0; i < 50; i++) {
            insert(i, i % 3, TODAY.minusDays(i * 7L).toString(), i % 2 == 0 ? null : TODAY.minusDays(i * 3L).toString(),
                    TODAY.minusDays(i * 5L).toString());
        }
        // An installation upgraded from a version without packs: actions, no rows, no state row.
        ao.deleteWithSQL(ActionPackEntity.class, "ID > ?", 0);
        assertThat(active(null, null, LocalDate.ofEpochDay(0))).containsExactlyInAnyOrderElementsOf(expected(0));
        assertThat(ao.count(ActionPackStateEntity.class)).isEqualTo(1);

        // A row lost behind the packs' back: the next change of one of its actions finds no token, drops the state,
        // and the next read rebuilds.
        ao.deleteWithSQL(ActionPackEntity.class, "KIND = ?", "O");
        truth.set(0, repository.update(truth.get(0).withTicketState(ActionStatus.DONE, "Done", "dev",
                Instant.parse("2026-03-15T10:00:00Z"))));
        assertThat(ao.count(ActionPackStateEntity.class)).isZero();
        assertThat(active(null, null, LocalDate.ofEpochDay(0))).containsExactlyInAnyOrderElementsOf(expected(0));
        assertThat(ao.count(ActionPackStateEntity.class)).isEqualTo(1);
    }

    private List<ActionDays> active(Set<String> projects, String platform, LocalDate closedAfter) {
        List<ActionDays> days = new ArrayList<>();
        repository.eachActive(projects, platform, closedAfter, days::add);
        return days;
    }

    private List<ActionDays> expected(long closedAfter) {
        return truth.stream().map(ActionPacksContract::days).filter(d -> d.activeAfter(closedAfter)).toList();
    }

    private static ActionDays days(Action action) {
        return ActionDays.of(action, LONDON);
    }

    private Action insert(int n, int team, String created, String closed, String due) {
        Action stored = repository.insert(action(n, team, created, closed, due));
        truth.add(stored);
        return stored;
    }

    private static Action action(int n, int team, String created, String closed, String due) {
        String[] t = TEAMS[team];
        return new Action(0, "req-" + n, "PM-1", "INC-1", t[2] + "-" + n, t[2], "Fix " + n, "", ActionType.PREVENT,
                t[1], t[0], Priority.HIGH, Severity.P2, LocalDate.parse(due), LocalDate.parse(due), null,
                closed == null ? ActionStatus.OPEN : ActionStatus.DONE, closed == null ? null : "Done", false, "dev",
                null, "mim", Instant.parse(created + "T09:00:00Z"),
                closed == null ? null : Instant.parse(closed + "T23:30:00Z"));
    }

    private static Action withDue(Action a, LocalDate due) {
        return new Action(a.id(), a.requestId(), a.postmortemKey(), a.incidentKey(), a.problemKey(), a.projectKey(),
                a.summary(), a.description(), a.type(), a.team(), a.platform(), a.priority(), a.severity(), due,
                a.policyDueDate(), a.dueDateReason(), a.status(), a.resolution(), a.ticketDeleted(), a.assignee(),
                a.ideaId(), a.createdBy(), a.createdAt(), a.closedAt());
    }
}
