package io.postmortem.plugin.persistence.actionpack;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.accountability.ActionDays;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.plugin.persistence.GuardedAo;
import io.postmortem.plugin.persistence.action.ActionEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.schema.StringLength;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

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
 * the closed rows of recent blocks. A row holds up to 450 characters of tokens ({@link PackCodec}).
 *
 * <p>Exactness: the rows are changed in the transaction that writes the action. Locks: each row belongs to one of
 * {@value #STRIPES} stripes ({@link PackedDays#stripe}), and a write holds the cluster locks of the one or two
 * stripes its action leaves and enters, taken in ascending order so two writers never wait for each other in a
 * circle. Writes of actions in other rows go on at the same time; before, one lock ({@code action.packs}) queued
 * every action write of the cluster. A bounded set of names (not one per row), because Jira keeps a database row
 * for every cluster lock name it ever saw. Each row rewrite is also a compare-and-set on the row's items, so a
 * writer a lock did not exclude is seen instead of overwritten. The state row ({@link ActionPackStateEntity}) says
 * the rows describe every action: a missing one (new table, another format, or a token that was not where it should
 * be) makes the next read rebuild them from the action table, holding every stripe.
 *
 * <p>Not lock-free, on purpose: a rebuild must see no write between reading the action table and replacing the
 * rows, and writes to one row must not all collide on its compare-and-set (a bulk closing of one team's actions
 * rewrites the same closed row hundreds of times). Striped locks keep both, and keep every wait bounded by
 * {@link ClusterLocks#MAX_WAIT} per lock.
 */
public class ActionPacks {
    /** The prefix of the stripes' lock names: {@code action.packs.0} to {@code action.packs.31}. */
    public static final String LOCK = "action.packs";
    static final int STRIPES = 32;
    private static final int ROW_LIMIT = StringLength.MAX_LENGTH;
    /** Actions read per statement when rebuilding, so no driver holds the whole table in memory. */
    private static final int REBUILD_PAGE = 10_000;
    private static final int ATTEMPTS = 3;
    private static final List<Integer> EVERY_STRIPE = IntStream.range(0, STRIPES).boxed().toList();

    private final ActiveObjects ao;
    private final ClusterLocks locks;
    private final int rebuildPage;

    public ActionPacks(ActiveObjects ao, ClusterLocks locks) {
        this(ao, locks, REBUILD_PAGE);
    }

    ActionPacks(ActiveObjects ao, ClusterLocks locks, int rebuildPage) {
        this.ao = ao;
        this.locks = locks;
        this.rebuildPage = rebuildPage;
    }

    /** The lock name of a stripe. */
    public static String lockOf(int stripe) {
        return LOCK + "." + stripe;
    }

    /** The lock name of the row an action lives in. */
    public static String lockOf(PackedDays days) {
        return lockOf(days.stripe(STRIPES));
    }

    /** An action's days as stored in its row of the action table. */
    public static PackedDays daysOf(ActionEntity row) {
        return new PackedDays(row.getPlatform(), row.getTeam(), row.getProjectKey(), row.getCreatedDay(),
                row.getClosedDay() == null ? ActionDays.OPEN : row.getClosedDay(), row.getDueDay());
    }

    /**
     * Runs {@code work} (which writes the action and calls {@link #change}) in one transaction, holding the locks of
     * the rows the action leaves ({@code before}, null for a new action) and enters ({@code after}). The locks are
     * taken before the transaction begins and released after it ends.
     */
    public <T> T write(PackedDays before, PackedDays after, Supplier<T> work) {
        Set<Integer> stripes = new TreeSet<>();
        if (before != null) {
            stripes.add(before.stripe(STRIPES));
        }
        if (after != null) {
            stripes.add(after.stripe(STRIPES));
        }
        return holding(List.copyOf(stripes), 0, () -> GuardedAo.inTransaction(ao, work::get));
    }

    /** Moves an action's token from the row of {@code before} to a row of {@code after} (either may be null). */
    public void change(PackedDays before, PackedDays after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && !remove(before)) {
            // The rows disagree with the action table: drop the state row so the next read rebuilds them.
            ao.deleteWithSQL(ActionPackStateEntity.class, "ID > ?", 0);
        }
        if (after != null) {
            add(after);
        }
    }

    /**
     * Every action open now or closed after {@code closedAfter} in the given projects (null: all) and platform
     * (null: all). Two statements (the state row, then one indexed range), unless the rows must be rebuilt first.
     */
    public void eachActive(Set<String> projects, String platform, long closedAfter, Consumer<ActionDays> each) {
        if (!ready()) {
            rebuild();
        }
        long fromBlock = Math.floorDiv(closedAfter + 1, PackCodec.BLOCK);
        Query query = Query.select("ID, PLATFORM, TEAM, PROJECT_KEY, KIND, BUCKET, ITEMS");
        query = platform == null ? query.where("REACH >= ?", fromBlock)
                : query.where("REACH >= ? AND PLATFORM = ?", fromBlock, platform);
        GuardedAo.stream(ao, ActionPackEntity.class, query, row -> {
            if (projects == null || projects.contains(row.getProjectKey())) {
                PackCodec.decode(row.getPlatform(), row.getTeam(), row.getKind(), row.getBucket(), row.getItems(),
                        closedAfter, each);
            }
        });
    }

    private boolean ready() {
        return ao.count(ActionPackStateEntity.class, "TOKEN_FORMAT = ?", PackCodec.FORMAT) > 0;
    }

    /** Rebuilds every row from the action table, unless another node did while this one waited for the locks. */
    public void rebuild() {
        holding(EVERY_STRIPE, 0, () -> {
            if (ready()) {
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
                            pack(packs, daysOf(row));
                            last[0] = row.getID();
                            read[0]++;
                        });
            } while (read[0] == rebuildPage);
            GuardedAo.inTransaction(ao, () -> {
                ao.deleteWithSQL(ActionPackStateEntity.class, "ID > ?", 0);
                ao.deleteWithSQL(ActionPackEntity.class, "ID > ?", 0);
                List<Map<String, Object>> batch = new ArrayList<>();
                packs.forEach((key, builders) -> builders.forEach(items -> {
                    batch.add(key.row(items.toString()));
                    if (batch.size() == 1000) {
                        GuardedAo.createAll(ao, ActionPackEntity.class, new ArrayList<>(batch));
                        batch.clear();
                    }
                }));
                if (!batch.isEmpty()) {
                    GuardedAo.createAll(ao, ActionPackEntity.class, batch);
                }
                ao.create(ActionPackStateEntity.class, new DBParam("TOKEN_FORMAT", PackCodec.FORMAT),
                        new DBParam("BUILT_AT", System.currentTimeMillis()));
                return null;
            });
            return null;
        });
    }

    /** Runs {@code work} holding the locks of {@code stripes} (ascending) from index {@code from} on. */
    private <T> T holding(List<Integer> stripes, int from, Supplier<T> work) {
        if (from == stripes.size()) {
            return work.get();
        }
        return locks.withLock(lockOf(stripes.get(from)), () -> holding(stripes, from + 1, work));
    }

    private static void pack(Map<Key, List<StringBuilder>> packs, PackedDays days) {
        List<StringBuilder> builders = packs.computeIfAbsent(Key.of(days), k -> new ArrayList<>());
        String token = PackCodec.token(days);
        StringBuilder last = builders.isEmpty() ? null : builders.get(builders.size() - 1);
        if (last == null || last.length() + token.length() > ROW_LIMIT) {
            last = new StringBuilder();
            builders.add(last);
        }
        last.append(token);
    }

    private void add(PackedDays days) {
        String token = PackCodec.token(days);
        for (ActionPackEntity row : rowsOf(days)) {
            if (row.getItems().length() + token.length() <= ROW_LIMIT && replace(row, row.getItems() + token)) {
                return;
            }
        }
        ao.create(ActionPackEntity.class, Key.of(days).row(token));
    }

    private boolean remove(PackedDays days) {
        String token = PackCodec.token(days);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            boolean found = false;
            for (ActionPackEntity row : rowsOf(days)) {
                String rest = PackCodec.without(row.getItems(), token);
                if (rest != null) {
                    found = true;
                    if (replace(row, rest)) {
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
     * rewrote meanwhile is left alone (0 rows) and the caller looks again. The stripe's lock already excludes that;
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

    private ActionPackEntity[] rowsOf(PackedDays days) {
        List<Object> params = new ArrayList<>();
        String where = equal("PLATFORM", days.platform(), params) + " AND " + equal("TEAM", days.team(), params)
                + " AND " + equal("PROJECT_KEY", days.project(), params) + " AND KIND = ? AND BUCKET = ?";
        params.add(days.kind());
        params.add(days.bucket());
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
        static Key of(PackedDays days) {
            return new Key(days.platform(), days.team(), days.project(), days.kind(), days.bucket(), days.reach());
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
}
