package io.postmortem.plugin.persistence.upgrade.v3;

import com.atlassian.activeobjects.external.ModelVersion;
import io.postmortem.core.accountability.ActionDays;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.plugin.persistence.action.ActionChangeEntity;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.actionpack.ActionPackEntity;
import io.postmortem.plugin.persistence.actionpack.ActionPackStateEntity;
import io.postmortem.plugin.persistence.actionpack.PackCodec;
import io.postmortem.plugin.persistence.actionpack.PackedDays;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model version 2 with actions and their packed days (written as version 2 wrote them, through the frozen pack
 * entity, with the ready mark as a pack row of kind {@code R}), then {@link Upgrade3PackStateTask} as Jira runs it
 * (tasks first, then the descriptor's entities migrated): the ready mark becomes the state row, the pack rows are
 * kept as they were (not rebuilt), and the dashboards' read through the current code gives every action's days.
 */
abstract class Upgrade3PackStateContract extends ActiveObjectsTestCase {
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final LocalDate TODAY = LocalDate.parse("2026-03-16");
    private static final String[][] TEAMS = {{"payments", "checkout", "CHK"}, {"payments", "ledger", "LED"},
            {"storefront", "search", "SRCH"}};

    @Test
    void readyPacksStayReadyKeepTheirRowsAndGiveEveryActionsDays() {
        List<Action> actions = installVersion2(true);
        Map<Integer, String> rowsBefore = packRows();

        Upgrade3PackStateTask task = new Upgrade3PackStateTask();
        assertThat(task.getModelVersion().isNewerThan(ModelVersion.valueOf("2"))).isTrue();
        task.upgrade(ModelVersion.valueOf("2"), ao);
        migrateCurrent();

        assertThat(ao.find(ActionPackStateEntity.class)).singleElement()
                .satisfies(state -> assertThat(state.getTokenFormat()).isEqualTo(PackCodec.FORMAT));
        assertThat(ao.count(ActionPackEntity.class, "KIND = ?", "R")).isZero();
        Map<Integer, String> expectedRows = new HashMap<>(rowsBefore);
        expectedRows.values().removeIf("ready"::equals);
        assertThat(packRows()).as("the same rows, not rebuilt").isEqualTo(expectedRows);
        assertThat(active()).containsExactlyInAnyOrderElementsOf(days(actions));
        assertThat(packRows()).as("the read did not rebuild").isEqualTo(expectedRows);

        // Running it again changes nothing.
        task.upgrade(ModelVersion.valueOf("3"), ao);
        assertThat(ao.count(ActionPackStateEntity.class)).isEqualTo(1);
        assertThat(packRows()).isEqualTo(expectedRows);
    }

    @Test
    void packsThatWereNotReadyAreRebuiltOnTheFirstRead() {
        List<Action> actions = installVersion2(false);

        new Upgrade3PackStateTask().upgrade(ModelVersion.valueOf("2"), ao);
        migrateCurrent();

        assertThat(ao.count(ActionPackStateEntity.class)).isZero();
        assertThat(active()).containsExactlyInAnyOrderElementsOf(days(actions));
        assertThat(ao.count(ActionPackStateEntity.class)).isEqualTo(1);
    }

    @Test
    void aNewInstallationGetsTheTablesAndNoState() {
        new Upgrade3PackStateTask().upgrade(ModelVersion.valueOf(null), ao);

        assertThat(new TreeSet<>(database.tables())).containsExactly("AO_441554_ACTION_PACK", "AO_441554_ACTION_PACK_STATE");
        assertThat(ao.count(ActionPackStateEntity.class)).isZero();
    }

    /**
     * The action table and the pack table as version 2 left them: the same tokens (format 1), a row per
     * (platform, team, project, kind, block), and, when {@code ready}, the ready mark {@code R} with the format in
     * {@code BUCKET}.
     */
    private List<Action> installVersion2(boolean ready) {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class,
                io.postmortem.plugin.persistence.upgrade.v2.ActionPackEntity.class);
        List<Action> actions = new ArrayList<>();
        Map<String, StringBuilder> rows = new LinkedHashMap<>();
        Map<String, PackedDays> keys = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            String[] team = TEAMS[random.nextInt(TEAMS.length)];
            LocalDate created = TODAY.minusDays(random.nextInt(300));
            LocalDate closed = random.nextBoolean() ? null : created.plusDays(random.nextInt(60));
            if (closed != null && closed.isAfter(TODAY)) {
                closed = null;
            }
            LocalDate due = created.plusDays(random.nextInt(90) - 10);
            Action action = new Action(i + 1, "req-" + i, "PM-1", "INC-1", team[2] + "-" + (i + 1), team[2],
                    "Fix " + i, null, ActionType.PREVENT, team[1], team[0], Priority.HIGH, Severity.P2, due, due, null,
                    closed == null ? ActionStatus.OPEN : ActionStatus.DONE, closed == null ? null : "Done", false, null,
                    null, "mim", created.atTime(9, 0).toInstant(ZoneOffset.UTC),
                    closed == null ? null : closed.atTime(17, 0).toInstant(ZoneOffset.UTC));
            Map<String, Object> row = AoActionRepository.row(action, ZONE);
            ao.create(ActionEntity.class, row);
            actions.add(action);
            PackedDays days = PackedDays.of(row);
            String key = days.platform() + "/" + days.team() + "/" + days.project() + "/" + days.kind() + "/" + days.bucket();
            keys.put(key, days);
            rows.computeIfAbsent(key, k -> new StringBuilder()).append(PackCodec.token(days));
        }
        rows.forEach((key, items) -> {
            PackedDays days = keys.get(key);
            ao.create(io.postmortem.plugin.persistence.upgrade.v2.ActionPackEntity.class, Map.of(
                    "PLATFORM", days.platform(), "TEAM", days.team(), "PROJECT_KEY", days.project(),
                    "KIND", days.kind(), "BUCKET", days.bucket(), "REACH", days.reach(), "ITEMS", items.toString()));
        });
        if (ready) {
            ao.create(io.postmortem.plugin.persistence.upgrade.v2.ActionPackEntity.class, Map.of(
                    "KIND", "R", "BUCKET", 1L, "REACH", PackCodec.NEVER_ENDING, "ITEMS", "ready"));
        }
        return actions;
    }

    private void migrateCurrent() {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class);
        ao.flushAll();
    }

    private Map<Integer, String> packRows() {
        Map<Integer, String> rows = new HashMap<>();
        for (var row : ao.find(io.postmortem.plugin.persistence.upgrade.v2.ActionPackEntity.class, Query.select())) {
            rows.put(row.getID(), row.getItems());
        }
        return rows;
    }

    private List<ActionDays> active() {
        List<ActionDays> days = new ArrayList<>();
        AoActionRepository.inZone(ao, () -> ZONE, new SingleNodeLocks())
                .eachActive(null, null, LocalDate.ofEpochDay(0), days::add);
        return days;
    }

    private static List<ActionDays> days(List<Action> actions) {
        assertThat(Set.copyOf(actions.stream().map(Action::status).toList())).contains(ActionStatus.OPEN, ActionStatus.DONE);
        return actions.stream().map(a -> ActionDays.of(a, ZONE)).toList();
    }
}
