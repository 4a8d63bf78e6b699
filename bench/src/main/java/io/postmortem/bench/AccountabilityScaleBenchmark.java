package io.postmortem.bench;

import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.plugin.persistence.accountability.AoPostmortemStatistics;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.rest.AccountabilityResource;
import io.postmortem.testkit.ao.AoDatabase;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The accountability league ({@code GET /rest/postmortem/1.0/accountability}) at scale, against the cheapest query
 * that could answer a per-platform dashboard: a bare {@code SELECT PLATFORM, COUNT(*) ... GROUP BY PLATFORM} over the
 * same table in the same run. For each database and size it creates the schema with Active Objects, bulk-inserts
 * actions with plain JDBC batches (same columns AoActionRepository writes), then times both, median of several
 * repetitions after warm-up, and counts the SQL statements the REST path issues (AO's SQL listener).
 *
 * <p>Data: 12 platforms × 5 teams, one Jira project per team, actions created uniformly over five years before
 * "today", due 30 days after creation; 93 % closed 1–60 days after creation (those that would close after today
 * are open). No postmortems (the league reads them in one query; there are thousands, not millions).
 * Jira's side (configuration, permissions, users) is in memory: an administrator who can browse every project.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.postmortem.bench.AccountabilityScaleBenchmark
 * [h2,postgres] [10000,100000,1000000] [repetitions]}.
 */
public final class AccountabilityScaleBenchmark {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final int PLATFORMS = 12;
    static final int TEAMS_PER_PLATFORM = 5;
    static final int HISTORY_DAYS = 5 * 365;
    static final String[] COLUMNS = {"REQUEST_ID", "POSTMORTEM_KEY", "INCIDENT_KEY", "PROBLEM_KEY", "PROJECT_KEY",
            "SUMMARY", "ACTION_TYPE", "TEAM", "PLATFORM", "PRIORITY", "SEVERITY", "DUE_DATE", "STATUS", "TICKET_DELETED",
            "CREATED_BY", "CREATED_AT", "CLOSED_AT", "CREATED_DAY", "CLOSED_DAY", "DUE_DAY", "DAYS_TO_CLOSE"};

    private AccountabilityScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> databases = Arrays.asList((args.length > 0 ? args[0] : "h2,postgres").split(","));
        List<Integer> sizes = Arrays.stream((args.length > 1 ? args[1] : "10000,100000,1000000").split(","))
                .map(Integer::parseInt).toList();
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<String> table = new ArrayList<>();
        table.add("| database | actions | insert s | packing s (once) | REST GET ms (median) | bare GROUP BY ms (median) | ratio | statements per GET | of which reading the packs ms (median) | action update ms (median) |");
        table.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String database : databases) {
            for (int size : sizes) {
                Result result = run(database, size, repetitions);
                String line = String.format("| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %d | %.1f | %.1f |",
                        database, size, result.insertSeconds, result.packSeconds, result.restMillis, result.bareMillis,
                        result.restMillis / result.bareMillis, result.statements, result.readMillis,
                        result.updateMillis);
                System.out.println(line);
                table.add(line);
            }
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    static Result run(String database, int size, int repetitions) throws Exception {
        String name = "accountability_" + size;
        try (AoDatabase db = database.equals("postgres") ? AoDatabase.postgres(name) : AoDatabase.h2InMemory(name)) {
            db.activeObjects().migrate(PersistenceEntities.asArray());
            String actionTable = db.tables().stream().filter(t -> t.toUpperCase().endsWith("_ACTION")).findFirst()
                    .orElseThrow();
            long started = System.nanoTime();
            insert(db, actionTable, size);
            analyze(db, actionTable);
            double insertSeconds = (System.nanoTime() - started) / 1e9;

            TestOrganisation host = host();
            AoActionRepository actions = new AoActionRepository(db.activeObjects(), host, new SingleNodeLocks());
            AccountabilityService service = new AccountabilityService(actions,
                    new AoPostmortemStatistics(db.activeObjects()), host, host,
                    Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            AccountabilityResource resource = new AccountabilityResource(service, new Actors(host, host, host));

            // The first read packs the bulk-inserted actions once, as after an upgrade; then the packed rows get
            // fresh statistics too, as autovacuum would give them.
            started = System.nanoTime();
            actions.eachActive(null, null, TODAY, a -> { });
            double packSeconds = (System.nanoTime() - started) / 1e9;
            analyze(db, actionTable + "_PACK");
            UriInfo uri = uri();
            Supplier<Object> rest = () -> {
                db.entityManager().flushAll();
                Response response = resource.league(null, uri);
                if (response.getStatus() != 200) {
                    throw new IllegalStateException("league answered " + response.getStatus());
                }
                return response.getEntity();
            };
            String bareSql = "SELECT " + q("PLATFORM") + ", COUNT(*) FROM " + q(actionTable) + " GROUP BY " + q("PLATFORM");
            Supplier<Object> bare = () -> bare(db, bareSql);

            int warmups = size >= 1_000_000 ? 2 : 3;
            double restMillis = median(rest, warmups, repetitions);
            double bareMillis = median(bare, warmups, repetitions);
            int statements = countStatements(db, rest);
            // The packs' one statement and their decoding alone, as the league asks for them (today and 30 days
            // before, so actions closed in the 120 days before today).
            double readMillis = median(() -> {
                long[] count = {0};
                actions.eachActive(null, null, TODAY.minusDays(120), a -> count[0]++);
                return count[0];
            }, warmups, repetitions);
            double updateMillis = closeSomeActions(db, actionTable, actions);
            checkOpenActions(db, actionTable, service, host);
            return new Result(insertSeconds, packSeconds, restMillis, bareMillis, statements, readMillis,
                    updateMillis);
        }
    }

    static void insert(AoDatabase db, String table, int size) throws SQLException {
        Random random = new Random(size);
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(q(table)).append(" (");
        for (int i = 0; i < COLUMNS.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(q(COLUMNS[i]));
        }
        sql.append(") VALUES (").append("?, ".repeat(COLUMNS.length - 1)).append("?)");
        long today = TODAY.toEpochDay();
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < size; i++) {
                    int platform = i % PLATFORMS;
                    int teamOfPlatform = (i / PLATFORMS) % TEAMS_PER_PLATFORM;
                    String project = projectKey(platform, teamOfPlatform);
                    long created = today - random.nextInt(HISTORY_DAYS);
                    long due = created + 30;
                    Long closed = random.nextInt(100) < 93 ? created + 1 + random.nextInt(60) : null;
                    if (closed != null && closed > today) {
                        closed = null;
                    }
                    int c = 1;
                    insert.setString(c++, "bench-" + i);
                    insert.setString(c++, "PM-" + (i / 5 + 1));
                    insert.setString(c++, "INC-" + (i / 5 + 1));
                    insert.setString(c++, project + "-" + (i + 1));
                    insert.setString(c++, project);
                    insert.setString(c++, "Action " + i);
                    insert.setString(c++, "PREVENT");
                    insert.setString(c++, teamSlug(platform, teamOfPlatform));
                    insert.setString(c++, platformSlug(platform));
                    insert.setString(c++, "HIGH");
                    insert.setString(c++, "P2");
                    insert.setString(c++, LocalDate.ofEpochDay(due).toString());
                    insert.setString(c++, closed == null ? (i % 3 == 0 ? "IN_PROGRESS" : "OPEN") : "DONE");
                    insert.setBoolean(c++, false);
                    insert.setString(c++, "mim");
                    insert.setLong(c++, created * 86_400_000L + 9 * 3_600_000L);
                    setLong(insert, c++, closed == null ? null : closed * 86_400_000L + 15 * 3_600_000L);
                    insert.setLong(c++, created);
                    setLong(insert, c++, closed);
                    insert.setLong(c++, due);
                    setLong(insert, c++, closed == null ? null : closed - created);
                    insert.addBatch();
                    if ((i + 1) % 5_000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    /**
     * Fresh planner statistics and, on PostgreSQL, a vacuumed table (its visibility map set, so index-only scans
     * need no heap fetches), as autovacuum leaves a production database after a bulk load.
     */
    static void analyze(AoDatabase db, String table) throws SQLException {
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true); // VACUUM refuses to run inside a transaction
            statement.execute(db.type() == com.atlassian.activeobjects.spi.DatabaseType.POSTGRESQL
                    ? "VACUUM ANALYZE " + q(table) : "ANALYZE");
        }
    }

    static Object bare(AoDatabase db, String sql) {
        try (Connection connection = db.connection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            long total = 0;
            while (rows.next()) {
                total += rows.getLong(2);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static double median(Supplier<Object> work, int warmups, int repetitions) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] times = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long started = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        return repetitions % 2 == 1 ? times[repetitions / 2] : (times[repetitions / 2 - 1] + times[repetitions / 2]) / 2;
    }

    static int countStatements(AoDatabase db, Supplier<Object> work) {
        return db.counting(work, sql -> {
            if (Boolean.getBoolean("bench.sql")) {
                System.out.println("  SQL: " + sql);
            }
        }).statements();
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static String q(String identifier) {
        return '"' + identifier + '"';
    }

    static String platformSlug(int platform) {
        return "platform-" + platform;
    }

    static String teamSlug(int platform, int team) {
        return "team-" + platform + "-" + team;
    }

    static String projectKey(int platform, int team) {
        return "P" + (char) ('A' + platform) + (char) ('A' + team);
    }

    private static UriInfo uri() {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getBaseUri")) {
                        return URI.create("http://localhost:2990/jira/rest/postmortem/1.0/");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * Closes 21 open actions through the repository (each write also moves the action's packed days, under the
     * lock, in the same transaction) and returns the median time of one update.
     */
    static double closeSomeActions(AoDatabase db, String table, AoActionRepository actions) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + q("ID") + " FROM " + q(table) + " WHERE "
                     + q("CLOSED_DAY") + " IS NULL ORDER BY " + q("ID"))) {
            while (rows.next() && ids.size() < 21) {
                ids.add(rows.getLong(1));
            }
        }
        double[] millis = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            var action = actions.byId(ids.get(i)).orElseThrow();
            long started = System.nanoTime();
            actions.update(action.withTicketState(io.postmortem.core.action.ActionStatus.DONE, "Done", "mim",
                    TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC)));
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    /** The league's open actions, after the updates, equal a direct count over the action table, or the run fails. */
    static void checkOpenActions(AoDatabase db, String table, AccountabilityService service, TestOrganisation host)
            throws SQLException {
        long today = TODAY.toEpochDay();
        long direct;
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + q(table) + " WHERE "
                     + q("CREATED_DAY") + " <= " + today + " AND (" + q("CLOSED_DAY") + " IS NULL OR "
                     + q("CLOSED_DAY") + " > " + today + ")")) {
            rows.next();
            direct = rows.getLong(1);
        }
        long league = service.league(new Actors(host, host, host).current()).stream()
                .mapToLong(row -> row.figures().openActions()).sum();
        if (league != direct) {
            throw new IllegalStateException("league counts " + league + " open actions, the table " + direct);
        }
        System.out.printf("%s: the league's %,d open actions equal a direct count%n", db.type(), league);
    }

    record Result(double insertSeconds, double packSeconds, double restMillis, double bareMillis, int statements,
                  double readMillis, double updateMillis) {
    }

    /** Jira in memory: 12 platforms × 5 teams, one administrator who can browse every project. */
    static TestOrganisation host() {
        List<Platform> platforms = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        for (int p = 0; p < PLATFORMS; p++) {
            platforms.add(new Platform(platformSlug(p), "Platform " + p, "lead" + p));
            for (int t = 0; t < TEAMS_PER_PLATFORM; t++) {
                teams.add(new Team(teamSlug(p, t), "Team " + p + "." + t, platformSlug(p), projectKey(p, t),
                        null, "group-" + p + "-" + t));
            }
        }
        return TestOrganisation.loggedInAdministrator(new Directory(platforms, teams, "major-incident-management",
                "site-reliability-engineering"));
    }
}
