package io.postmortem.bench;

import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.accountability.LeagueRow;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionSync;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.action.TicketState;
import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.core.testing.InMemoryProblemTickets;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.persistence.accountability.AoPostmortemStatistics;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.actionpack.ActionPacks;
import io.postmortem.testkit.ao.AoDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static io.postmortem.bench.AccountabilityScaleBenchmark.TODAY;
import static io.postmortem.bench.AccountabilityScaleBenchmark.q;

/**
 * The action write path under bulk change, on one database shared by two nodes (two Active Objects, two
 * repositories, two {@link ActionSync}s, one lock service standing for the cluster's), four threads each (or as
 * many as the fourth argument says; Jira's bulk edit runs one operation in one thread):
 * <ol>
 *   <li><b>bulk transition</b>: 500 open Problem tickets of one team (the busiest case: every closing enters the
 *   same packed row) are moved to Done in Jira, then their 500 issue events are handled, half on each node; the
 *   time from the first event to the last gives events per second (each event: one ticket read, one action
 *   update with its pack rows, one history row, and one ticket read to confirm);</li>
 *   <li><b>sustained writes</b>: closings, reopenings and due date changes of random actions of every team,
 *   straight through the repository, from both nodes at once: writes per second;</li>
 *   <li>then every platform's open, overdue and closed-in-30-days figures of the league are compared with a direct
 *   SQL count over the action table, and the run fails unless they are equal.</li>
 * </ol>
 * Each runs twice: with the pack locks as shipped (one per stripe of pack rows) and with every stripe mapped to
 * one lock, as every action write of the cluster queued before. Locks here are in-JVM ({@link SingleNodeLocks});
 * Jira's beehive locks add their own database round trips on top.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.postmortem.bench.BulkTransitionBenchmark
 * [postgres|h2] [background actions] [sustained writes] [threads per node]}.
 */
public final class BulkTransitionBenchmark {
    static final int BULK = 500;
    static int threadsPerNode = 4;
    static final Instant NOW = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

    private BulkTransitionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int background = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int sustained = args.length > 2 ? Integer.parseInt(args[2]) : 4_000;
        threadsPerNode = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        System.out.printf("%d threads on each of two nodes%n", threadsPerNode);
        List<String> table = new ArrayList<>();
        table.add("| database | pack locks | actions before | bulk: 500 events, s | bulk events/s | sustained writes | sustained writes/s | figures exact |");
        table.add("|---|---|---:|---:|---:|---:|---:|---|");
        for (boolean striped : new boolean[]{false, true}) {
            String line = run(database, background, sustained, striped);
            System.out.println(line);
            table.add(line);
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    static String run(String database, int background, int sustained, boolean striped) throws Exception {
        String name = "bulk_" + (striped ? "striped" : "one");
        try (AoDatabase db = database.equals("postgres") ? AoDatabase.postgres(name) : AoDatabase.h2InMemory(name);
             AoDatabase secondNode = db.anotherNode()) {
            db.activeObjects().migrate(PersistenceEntities.asArray());
            String actionTable = db.tables().stream().filter(t -> t.toUpperCase().endsWith("_ACTION")).findFirst()
                    .orElseThrow();
            AccountabilityScaleBenchmark.insert(db, actionTable, background);
            AccountabilityScaleBenchmark.analyze(db, actionTable);

            TestOrganisation host = AccountabilityScaleBenchmark.host();
            ClusterLocks cluster = striped ? new SingleNodeLocks() : new OneLockForEveryStripe(new SingleNodeLocks());
            AoActionRepository one = new AoActionRepository(db.activeObjects(), host, cluster);
            AoActionRepository two = new AoActionRepository(secondNode.activeObjects(), host, cluster);
            one.eachActive(null, null, TODAY, a -> { }); // packs the background once, as after an upgrade
            AccountabilityScaleBenchmark.analyze(db, actionTable + "_PACK");

            // 500 open Problem tickets of one team, created over the last 40 days.
            InMemoryProblemTickets jira = new InMemoryProblemTickets(host);
            List<Action> bulk = new ArrayList<>();
            for (int i = 0; i < BULK; i++) {
                Action stored = one.insert(action("bulk-" + i, "PAA-B" + i, LocalDate.ofEpochDay(TODAY.toEpochDay() - 40 + i % 40)));
                bulk.add(stored);
                jira.existing(stored.problemKey(), "PAA");
            }
            for (Action action : bulk) {
                jira.transition(action.problemKey(), TicketState.Phase.DONE, "Done");
            }
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            ActionSync[] nodes = {new ActionSync(one, jira, host, cluster, clock), new ActionSync(two, jira, host, cluster, clock)};
            List<Runnable> events = new ArrayList<>();
            for (int i = 0; i < BULK; i++) {
                ActionSync node = nodes[i % 2];
                String key = bulk.get(i).problemKey();
                events.add(() -> node.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, key, "lead0")));
            }
            double bulkSeconds = onTwoNodes(events);

            // Sustained writes over every team: close, reopen or move the due date of random open actions.
            List<Long> open = openIds(db, actionTable, sustained);
            Random random = new Random(42);
            List<Runnable> writes = new ArrayList<>();
            for (int i = 0; i < sustained; i++) {
                long id = open.get(i % open.size());
                int what = random.nextInt(3);
                AoActionRepository node = i % 2 == 0 ? one : two;
                writes.add(() -> {
                    Action action = node.byId(id).orElseThrow();
                    node.update(switch (what) {
                        case 0 -> action.withTicketState(ActionStatus.DONE, "Done", "dev", NOW);
                        case 1 -> action.withTicketState(ActionStatus.OPEN, null, "dev", null);
                        default -> action.withTicketState(action.status(), action.resolution(), "dev-" + id % 7,
                                action.closedAt());
                    });
                });
            }
            double sustainedSeconds = onTwoNodes(writes);

            check(db, actionTable, new AccountabilityService(one, new AoPostmortemStatistics(db.activeObjects()), host,
                    host, clock), host);
            return String.format("| %s | %s | %,d | %.2f | %.0f | %,d | %.0f | yes |", database,
                    striped ? "per stripe (32)" : "one for all (before)", background, bulkSeconds, BULK / bulkSeconds,
                    sustained, sustained / sustainedSeconds);
        }
    }

    /** Runs the work spread over two nodes' thread pools and answers the seconds from start to the last end. */
    static double onTwoNodes(List<Runnable> work) throws Exception {
        ExecutorService[] pools = {Executors.newFixedThreadPool(threadsPerNode), Executors.newFixedThreadPool(threadsPerNode)};
        try {
            long started = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < work.size(); i++) {
                futures.add(pools[i % 2].submit(work.get(i)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            for (ExecutorService pool : pools) {
                pool.shutdown();
            }
        }
    }

    static List<Long> openIds(AoDatabase db, String table, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + q("ID") + " FROM " + q(table) + " WHERE "
                     + q("CLOSED_DAY") + " IS NULL AND " + q("REQUEST_ID") + " LIKE 'bench-%' ORDER BY " + q("ID"))) {
            while (rows.next() && ids.size() < limit) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Every platform's open, overdue and recently closed actions in the league equal direct counts, or the run fails. */
    static void check(AoDatabase db, String table, AccountabilityService service, TestOrganisation host) throws SQLException {
        long today = TODAY.toEpochDay();
        List<LeagueRow> league = service.league(new Actors(host, host, host).current());
        long checked = 0;
        for (LeagueRow row : league) {
            String platform = row.platform().slug();
            String where = " WHERE " + q("PLATFORM") + " = '" + platform + "' AND ";
            long open = count(db, "SELECT COUNT(*) FROM " + q(table) + where + q("CREATED_DAY") + " <= " + today
                    + " AND (" + q("CLOSED_DAY") + " IS NULL OR " + q("CLOSED_DAY") + " > " + today + ")");
            long overdue = count(db, "SELECT COUNT(*) FROM " + q(table) + where + q("CLOSED_DAY") + " IS NULL AND "
                    + q("DUE_DAY") + " < " + today);
            long closed = count(db, "SELECT COUNT(*) FROM " + q(table) + where + q("CLOSED_DAY") + " > " + (today - 30)
                    + " AND " + q("CLOSED_DAY") + " <= " + today);
            if (row.figures().openActions() != open || row.figures().overdueActions() != overdue
                    || row.figures().closedLast30Days() != closed) {
                throw new IllegalStateException(platform + ": league " + row.figures() + ", table open " + open
                        + " overdue " + overdue + " closed in 30 days " + closed);
            }
            checked += open + closed;
        }
        System.out.printf("%s: every platform's open, overdue and closed-in-30-days figures equal direct counts (%,d actions)%n",
                db.type(), checked);
    }

    static long count(AoDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Action action(String requestId, String key, LocalDate created) {
        LocalDate due = created.plusDays(30);
        return new Action(0, requestId, "PM-1", "INC-1", key, "PAA", "Bulk " + key, null, ActionType.PREVENT,
                AccountabilityScaleBenchmark.teamSlug(0, 0), AccountabilityScaleBenchmark.platformSlug(0),
                Priority.HIGH, Severity.P2, due, due, null, ActionStatus.OPEN, null, false, null, null, "mim",
                created.atTime(9, 0).toInstant(ZoneOffset.UTC), null);
    }

    /** The design before: every pack stripe is the one lock {@code action.packs}, taken once per write. */
    static final class OneLockForEveryStripe implements ClusterLocks {
        private final ClusterLocks locks;
        private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

        OneLockForEveryStripe(ClusterLocks locks) {
            this.locks = locks;
        }

        @Override
        public <T> T withLock(String name, Supplier<T> work) {
            if (!name.startsWith(ActionPacks.LOCK + ".")) {
                return locks.withLock(name, work);
            }
            if (holding.get()) {
                return work.get();
            }
            return locks.withLock(ActionPacks.LOCK, () -> {
                holding.set(true);
                try {
                    return work.get();
                } finally {
                    holding.set(false);
                }
            });
        }
    }
}
