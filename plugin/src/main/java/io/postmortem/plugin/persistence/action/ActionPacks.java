package io.postmortem.plugin.persistence.action;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.accountability.ActionDays;
import io.postmortem.core.locking.ClusterLocks;
import net.java.ao.Query;
import net.java.ao.schema.StringLength;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The days of every action (created, closed, due) packed many to a row of {@code AO_441554_ACTION_PACK}, so the
 * accountability dashboards read a few thousand short rows instead of grouping every active action in SQL.
 *
 * <p>Why: every figure of a day depends on the actions open then or closed in the 90 days before it, and open
 * actions go back years. Grouped reads over them cost many times a bare GROUP BY over the whole action table
 * (docs/performance.md); these rows hold the same days at about ten bytes an action.
 *
 * <p>Rows: per (platform, team, project), open actions by the 32-day block of their created day ({@code O}), closed
 * actions by the block of their closed day ({@code C}); {@code REACH} lets one indexed range read the open rows and
 * the closed rows of recent blocks. A row holds up to 450 characters of tokens: {@code created offset, due - created;}
 * for open actions and {@code closed offset, closed - created, due - closed;} for closed ones, in signed base 36.
 *
 * <p>Exactness: the rows are changed in the transaction that writes the action, under one cluster lock, so two
 * nodes do not interleave; each row rewrite is also a compare-and-set on the row's items, so a writer the lock did
 * not exclude is seen instead of overwritten. The ready mark ({@code R}) says the rows describe every action: a
 * missing mark (new table, another format, or a token that was not where it should be) makes the next read
 * rebuild them from the action table under the same lock.
 */
final class ActionPacks {
    static final String LOCK = "action.packs";
    /** The token format; another one rebuilds the rows. */
    static final long FORMAT = 1;
    private static final long BLOCK = 32;
    private static final long NEVER_ENDING = Integer.MAX_VALUE;
    private static final String OPEN = "O";
    private static final String CLOSED = "C";
    private static final String READY = "R";
    private static final int ROW_LIMIT = StringLength.MAX_LENGTH;
    /** Actions read per statement when rebuilding, so no driver holds the whole table in memory. */
    private static final int REBUILD_PAGE = 10_000;
    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;
    private final ClusterLocks locks;
    private final int rebuildPage;

    ActionPacks(ActiveObjects ao, ClusterLocks locks) {
        this(ao, locks, REBUILD_PAGE);
    }

    ActionPacks(ActiveObjects ao, ClusterLocks locks, int rebuildPage) {
        this.ao = ao;
        this.locks = locks;
        this.rebuildPage = rebuildPage;
    }

    /** An action as the rows keep it; {@code closed} is {@link ActionDays#OPEN} while open. */
    record Fact(String platform, String team, String project, long created, long closed, long due) {
        static Fact of(ActionEntity row) {
            return new Fact(row.getPlatform(), row.getTeam(), row.getProjectKey(), row.getCreatedDay(),
                    row.getClosedDay() == null ? ActionDays.OPEN : row.getClosedDay(), row.getDueDay());
        }

        static Fact of(Map<String, Object> row) {
            Long closed = (Long) row.get("CLOSED_DAY");
            return new Fact((String) row.get("PLATFORM"), (String) row.get("TEAM"), (String) row.get("PROJECT_KEY"),
                    (Long) row.get("CREATED_DAY"), closed == null ? ActionDays.OPEN : closed, (Long) row.get("DUE_DAY"));
        }

        boolean open() {
            return closed == ActionDays.OPEN;
        }

        String kind() {
            return open() ? OPEN : CLOSED;
        }

        long bucket() {
            return Math.floorDiv(open() ? created : closed, BLOCK);
        }

        long reach() {
            return open() ? NEVER_ENDING : bucket();
        }

        String token() {
            long start = bucket() * BLOCK;
            return open()
                    ? Long.toString(created - start, 36) + ',' + Long.toString(due - created, 36) + ';'
                    : Long.toString(closed - start, 36) + ',' + Long.toString(closed - created, 36) + ','
                    + Long.toString(due - closed, 36) + ';';
        }
    }

    /** Runs {@code work} (which writes actions and calls {@link #change}) in one transaction under the lock. */
    <T> T write(Supplier<T> work) {
        return locks.withLock(LOCK, () -> GuardedAo.inTransaction(ao, work::get));
    }

    /** Moves an action's token from the row of {@code before} to a row of {@code after} (either may be null). */
    void change(Fact before, Fact after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && !remove(before)) {
            // The rows disagree with the action table: drop the mark so the next read rebuilds them.
            ao.deleteWithSQL(ActionPackEntity.class, "KIND = ?", READY);
        }
        if (after != null) {
            add(after);
        }
    }

    /**
     * Every action open now or closed after {@code closedAfter} in the given projects (null: all) and platform
     * (null: all). One statement, unless the rows must be rebuilt first.
     */
    void eachActive(Set<String> projects, String platform, long closedAfter, Consumer<ActionDays> each) {
        List<Row> rows = read(platform, closedAfter);
        if (rows.stream().noneMatch(Row::ready)) {
            rebuild();
            rows = read(platform, closedAfter);
        }
        for (Row row : rows) {
            if (!row.ready() && (projects == null || projects.contains(row.project()))) {
                row.decode(closedAfter, each);
            }
        }
    }

    private List<Row> read(String platform, long closedAfter) {
        long fromBlock = Math.floorDiv(closedAfter + 1, BLOCK);
        Query query = Query.select("ID, PLATFORM, TEAM, PROJECT_KEY, KIND, BUCKET, ITEMS");
        query = platform == null ? query.where("REACH >= ?", fromBlock)
                : query.where("REACH >= ? AND (PLATFORM = ? OR KIND = ?)", fromBlock, platform, READY);
        List<Row> rows = new ArrayList<>();
        GuardedAo.stream(ao, ActionPackEntity.class, query, r -> rows.add(new Row(r.getPlatform(), r.getTeam(),
                r.getProjectKey(), r.getKind(), r.getBucket(), r.getItems())));
        return rows;
    }

    /** Rebuilds every row from the action table, unless another node did while this one waited for the lock. */
    void rebuild() {
        locks.withLock(LOCK, () -> {
            if (ao.count(ActionPackEntity.class, "KIND = ? AND BUCKET = ?", READY, FORMAT) > 0) {
                return null;
            }
            Map<Key, List<StringBuilder>> packs = new HashMap<>();
            int[] last = {0};
            int[] read = new int[1];
            do {
                read[0] = 0;
                GuardedAo.stream(ao, ActionEntity.class,
                        Query.select("ID, PLATFORM, TEAM, PROJECT_KEY, CREATED_DAY, CLOSED_DAY, DUE_DAY")
                                .where("ID > ?", last[0]).order("ID ASC").limit(rebuildPage),
                        row -> {
                            pack(packs, Fact.of(row));
                            last[0] = row.getID();
                            read[0]++;
                        });
            } while (read[0] == rebuildPage);
            GuardedAo.inTransaction(ao, () -> {
                ao.deleteWithSQL(ActionPackEntity.class, "ID > ?", 0);
                List<Map<String, Object>> batch = new ArrayList<>();
                packs.forEach((key, builders) -> builders.forEach(items -> {
                    batch.add(key.row(items.toString()));
                    if (batch.size() == 1000) {
                        GuardedAo.createAll(ao, ActionPackEntity.class, new ArrayList<>(batch));
                        batch.clear();
                    }
                }));
                batch.add(new Key(null, null, null, READY, FORMAT, NEVER_ENDING).row("ready"));
                GuardedAo.createAll(ao, ActionPackEntity.class, batch);
                return null;
            });
            return null;
        });
    }

    private static void pack(Map<Key, List<StringBuilder>> packs, Fact fact) {
        List<StringBuilder> builders = packs.computeIfAbsent(Key.of(fact), k -> new ArrayList<>());
        String token = fact.token();
        StringBuilder last = builders.isEmpty() ? null : builders.get(builders.size() - 1);
        if (last == null || last.length() + token.length() > ROW_LIMIT) {
            last = new StringBuilder();
            builders.add(last);
        }
        last.append(token);
    }

    private void add(Fact fact) {
        String token = fact.token();
        for (ActionPackEntity row : rowsOf(fact)) {
            if (row.getItems().length() + token.length() <= ROW_LIMIT && replace(row, row.getItems() + token)) {
                return;
            }
        }
        ao.create(ActionPackEntity.class, Key.of(fact).row(token));
    }

    private boolean remove(Fact fact) {
        String token = fact.token();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            boolean found = false;
            for (ActionPackEntity row : rowsOf(fact)) {
                String items = row.getItems();
                int at = indexOfToken(items, token);
                if (at >= 0) {
                    found = true;
                    if (replace(row, items.substring(0, at) + items.substring(at + token.length()))) {
                        return true;
                    }
                }
            }
            if (!found) {
                return false;
            }
        }
        return false;
    }

    /**
     * Rewrites a row only if its items are still those read: the delete names them, so a row another transaction
     * rewrote meanwhile is left alone (0 rows) and the caller looks again. The cluster lock already excludes that;
     * this keeps the packs exact should a lock be lost or a transaction outlive it.
     */
    private boolean replace(ActionPackEntity row, String items) {
        if (ao.deleteWithSQL(ActionPackEntity.class, "ID = ? AND ITEMS = ?", row.getID(), row.getItems()) != 1) {
            return false;
        }
        if (!items.isEmpty()) {
            ao.create(ActionPackEntity.class, new Key(row.getPlatform(), row.getTeam(), row.getProjectKey(),
                    row.getKind(), row.getBucket(), row.getReach()).row(items));
        }
        return true;
    }

    private static int indexOfToken(String items, String token) {
        for (int at = items.indexOf(token); at >= 0; at = items.indexOf(token, at + 1)) {
            if (at == 0 || items.charAt(at - 1) == ';') {
                return at;
            }
        }
        return -1;
    }

    private ActionPackEntity[] rowsOf(Fact fact) {
        List<Object> params = new ArrayList<>();
        String where = equal("PLATFORM", fact.platform(), params) + " AND " + equal("TEAM", fact.team(), params)
                + " AND " + equal("PROJECT_KEY", fact.project(), params) + " AND KIND = ? AND BUCKET = ?";
        params.add(fact.kind());
        params.add(fact.bucket());
        return ao.find(ActionPackEntity.class, Query.select().where(where, params.toArray()).order("ID ASC"));
    }

    private static String equal(String column, String value, List<Object> params) {
        if (value == null) {
            return column + " IS NULL";
        }
        params.add(value);
        return column + " = ?";
    }

    private record Key(String platform, String team, String project, String kind, long bucket, long reach) {
        static Key of(Fact fact) {
            return new Key(fact.platform(), fact.team(), fact.project(), fact.kind(), fact.bucket(), fact.reach());
        }

        Map<String, Object> row(String items) {
            Map<String, Object> row = new HashMap<>();
            row.put("PLATFORM", platform);
            row.put("TEAM", team);
            row.put("PROJECT_KEY", project);
            row.put("KIND", kind);
            row.put("BUCKET", bucket);
            row.put("REACH", reach);
            row.put("ITEMS", items);
            return row;
        }
    }

    /** One row as read, decoded only if the viewer may count its project. */
    private record Row(String platform, String team, String project, String kind, long bucket, String items) {
        boolean ready() {
            return READY.equals(kind) && bucket == FORMAT;
        }

        void decode(long closedAfter, Consumer<ActionDays> each) {
            boolean open = OPEN.equals(kind);
            if (!open && !CLOSED.equals(kind)) {
                return;
            }
            long start = bucket * BLOCK;
            long[] numbers = new long[3];
            int count = 0;
            long value = 0;
            boolean negative = false;
            for (int i = 0; i < items.length(); i++) {
                char c = items.charAt(i);
                if (c == ',' || c == ';') {
                    numbers[count++] = negative ? -value : value;
                    value = 0;
                    negative = false;
                    if (c == ';') {
                        if (open) {
                            long created = start + numbers[0];
                            each.accept(new ActionDays(platform, team, created, ActionDays.OPEN, created + numbers[1]));
                        } else {
                            long closed = start + numbers[0];
                            if (closed > closedAfter) {
                                each.accept(new ActionDays(platform, team, closed - numbers[1], closed,
                                        closed + numbers[2]));
                            }
                        }
                        count = 0;
                    }
                } else if (c == '-') {
                    negative = true;
                } else {
                    value = value * 36 + Character.digit(c, 36);
                }
            }
        }
    }
}
