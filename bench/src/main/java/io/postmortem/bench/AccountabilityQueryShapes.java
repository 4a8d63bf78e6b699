package io.postmortem.bench;

import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.testkit.ao.AoDatabase;
import net.java.ao.Query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static io.postmortem.bench.AccountabilityScaleBenchmark.q;

/**
 * What the accountability league's reads could cost, query shape by query shape, on the scale benchmark's data:
 * the time of each candidate statement against the bare {@code GROUP BY PLATFORM} in the same run. It measures
 * shapes, not the product: the statements are written here in plain JDBC, some over two columns and an index the
 * product's schema does not have yet ({@code ACTIVE_UNTIL}: the closed day, or a far-future day while open;
 * {@code CREATED_BUCKET}: the created day in 32-day blocks; one covering index led by {@code ACTIVE_UNTIL}). The
 * findings and the design they point to are in docs/performance.md, "Accountability".
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.postmortem.bench.AccountabilityQueryShapes
 * [h2,postgres] [1000000]}.
 */
public final class AccountabilityQueryShapes {
    private static final long OPEN = 99_999_999L;

    private AccountabilityQueryShapes() {
    }

    public static void main(String[] args) throws Exception {
        String[] databases = (args.length > 0 ? args[0] : "postgres,h2").split(",");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        for (String database : databases) {
            try (AoDatabase db = database.equals("postgres") ? AoDatabase.postgres("shapes" + size)
                    : AoDatabase.h2InMemory("shapes" + size)) {
                db.activeObjects().migrate(PersistenceEntities.asArray());
                String table = db.tables().stream().filter(t -> t.toUpperCase().endsWith("_ACTION")).findFirst().orElseThrow();
                AccountabilityScaleBenchmark.insert(db, table, size);
                measure(database, size, db, q(table));
            }
        }
    }

    private static void measure(String database, int size, AoDatabase db, String table) throws Exception {
        long today = AccountabilityScaleBenchmark.TODAY.toEpochDay();
        long before = today - 30;
        String label = database + " " + String.format("%,d", size);
        AccountabilityScaleBenchmark.analyze(db, unquoted(table));
        time(label, "bare GROUP BY PLATFORM", () -> rows(db, "SELECT " + q("PLATFORM") + ", COUNT(*) FROM " + table
                + " GROUP BY " + q("PLATFORM")));
        String activeWindow = "(" + q("CLOSED_DAY") + " IS NULL OR " + q("CLOSED_DAY") + " > " + (before - 90) + ")";
        String window = "SELECT " + q("PLATFORM") + ", " + q("TEAM") + ", " + q("CREATED_DAY") + ", " + q("DUE_DAY") + ", "
                + q("CLOSED_DAY") + ", COUNT(*) FROM " + table + " WHERE " + activeWindow + " GROUP BY " + q("PLATFORM")
                + ", " + q("TEAM") + ", " + q("CREATED_DAY") + ", " + q("DUE_DAY") + ", " + q("CLOSED_DAY");
        time(label, "active rows by day, JDBC", () -> rows(db, window));
        time(label, "active rows by day, AO stream", () -> {
            long[] n = {0};
            db.activeObjects().stream(ActionEntity.class, Query.select("PLATFORM, TEAM, CREATED_DAY, DUE_DAY, CLOSED_DAY, COUNT(ID) AS DAYS_TO_CLOSE")
                    .where("(CLOSED_DAY IS NULL OR CLOSED_DAY > ?)", before - 90)
                    .group("PLATFORM, TEAM, CREATED_DAY, DUE_DAY, CLOSED_DAY"), r -> n[0]++);
            return n[0];
        });
        time(label, "open rows by created day", () -> rows(db, "SELECT " + q("PLATFORM") + ", " + q("TEAM") + ", "
                + q("CREATED_DAY") + ", COUNT(*) FROM " + table + " WHERE " + q("CLOSED_DAY") + " IS NULL GROUP BY "
                + q("PLATFORM") + ", " + q("TEAM") + ", " + q("CREATED_DAY")));
        time(label, "conditional counts, one pass", () -> rows(db, "SELECT " + q("PLATFORM") + ", " + q("TEAM")
                + openSums(today) + openSums(before) + " FROM " + table + " WHERE " + activeWindow
                + " GROUP BY " + q("PLATFORM") + ", " + q("TEAM")));

        addActiveColumns(db, table);
        AccountabilityScaleBenchmark.analyze(db, unquoted(table));
        time(label, "bare GROUP BY PLATFORM (again)", () -> rows(db, "SELECT " + q("PLATFORM") + ", COUNT(*) FROM " + table
                + " GROUP BY " + q("PLATFORM")));
        String open = q("CREATED_DAY") + " <= %1$d AND " + q("ACTIVE_UNTIL") + " > %1$d";
        String group = q("PROJECT_KEY") + ", " + q("PLATFORM") + ", " + q("TEAM");
        time(label, "covering: open counts + coarse ages", () -> rows(db, "SELECT " + group + ", " + q("CREATED_BUCKET")
                + sums(open, today) + sums(open, before)
                + sums(open + " AND " + q("DUE_DAY") + " < %1$d", today) + sums(open + " AND " + q("DUE_DAY") + " < %1$d", before)
                + " FROM " + table + " WHERE " + q("ACTIVE_UNTIL") + " > " + before
                + " GROUP BY " + group + ", " + q("CREATED_BUCKET")));
        String closed = q("ACTIVE_UNTIL") + " > %1$d - 90 AND " + q("ACTIVE_UNTIL") + " <= %1$d";
        time(label, "covering: closed by days to close", () -> rows(db, "SELECT " + group + ", " + q("DAYS_TO_CLOSE")
                + sums(closed, today) + sums(closed, before)
                + sums(closed + " AND " + q("ACTIVE_UNTIL") + " <= " + q("DUE_DAY"), today)
                + sums(closed + " AND " + q("ACTIVE_UNTIL") + " <= " + q("DUE_DAY"), before)
                + " FROM " + table + " WHERE " + q("ACTIVE_UNTIL") + " > " + (before - 90) + " AND " + q("ACTIVE_UNTIL")
                + " <= " + today + " GROUP BY " + group + ", " + q("DAYS_TO_CLOSE")));
        long bucket = today / 32;
        time(label, "covering: ages in 3 median blocks", () -> rows(db, "SELECT " + group + ", " + q("CREATED_DAY")
                + sums(open, today) + sums(open, before) + " FROM " + table + " WHERE " + q("ACTIVE_UNTIL") + " > " + before
                + " AND " + q("CREATED_BUCKET") + " IN (" + (bucket - 28) + ", " + (bucket - 29) + ", " + (bucket - 30) + ")"
                + " GROUP BY " + group + ", " + q("CREATED_DAY")));
    }

    private static String openSums(long day) {
        String open = q("CREATED_DAY") + " <= " + day + " AND (" + q("CLOSED_DAY") + " IS NULL OR " + q("CLOSED_DAY") + " > " + day + ")";
        return ", SUM(CASE WHEN " + open + " THEN 1 ELSE 0 END), SUM(CASE WHEN " + open + " AND " + q("DUE_DAY") + " < "
                + day + " THEN 1 ELSE 0 END)";
    }

    private static String sums(String condition, long day) {
        return ", SUM(CASE WHEN " + String.format(condition, day) + " THEN 1 ELSE 0 END)";
    }

    /** The two candidate columns, filled in blocks of ids (one transaction over a million rows exhausts H2's heap). */
    private static void addActiveColumns(AoDatabase db, String table) throws SQLException {
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("ALTER TABLE " + table + " ADD COLUMN " + q("ACTIVE_UNTIL") + " BIGINT");
            statement.execute("ALTER TABLE " + table + " ADD COLUMN " + q("CREATED_BUCKET") + " BIGINT");
            long maxId;
            try (ResultSet max = statement.executeQuery("SELECT MAX(" + q("ID") + ") FROM " + table)) {
                max.next();
                maxId = max.getLong(1);
            }
            for (long from = 0; from <= maxId; from += 50_000) {
                statement.execute("UPDATE " + table + " SET " + q("ACTIVE_UNTIL") + " = COALESCE(" + q("CLOSED_DAY") + ", "
                        + OPEN + "), " + q("CREATED_BUCKET") + " = " + q("CREATED_DAY") + " / 32 WHERE " + q("ID") + " > "
                        + from + " AND " + q("ID") + " <= " + (from + 50_000));
            }
            statement.execute("CREATE INDEX " + q("IX_SHAPES_ACTIVE") + " ON " + table + " (" + q("ACTIVE_UNTIL") + ", "
                    + q("PROJECT_KEY") + ", " + q("PLATFORM") + ", " + q("TEAM") + ", " + q("CREATED_BUCKET") + ", "
                    + q("CREATED_DAY") + ", " + q("DUE_DAY") + ", " + q("DAYS_TO_CLOSE") + ")");
        }
    }

    private static long rows(AoDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            long n = 0;
            while (rows.next()) {
                n++;
            }
            return n;
        }
    }

    /** Best of three after one warm-up, with the number of rows the statement returned. */
    private static void time(String label, String shape, Callable<Long> work) throws Exception {
        work.call();
        List<Double> times = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            rows = work.call();
            times.add((System.nanoTime() - started) / 1e6);
        }
        System.out.printf("| %s | %s | %.1f | %,d |%n", label, shape, times.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), rows);
    }

    private static String unquoted(String table) {
        return table.substring(1, table.length() - 1);
    }
}
