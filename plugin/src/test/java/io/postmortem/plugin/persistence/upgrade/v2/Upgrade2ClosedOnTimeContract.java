package io.postmortem.plugin.persistence.upgrade.v2;

import io.postmortem.plugin.persistence.actionpack.ActionPackStateEntity;
import com.atlassian.activeobjects.external.ModelVersion;
import io.postmortem.core.access.Actor;
import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.accountability.ActionFigure;
import io.postmortem.core.accountability.JqlQueries;
import io.postmortem.core.accountability.PostmortemFact;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryAccountabilityStore;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.persistence.accountability.AoPostmortemStatistics;
import io.postmortem.plugin.persistence.action.ActionChangeEntity;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.actionpack.ActionPackEntity;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.postmortem.PostmortemEntity;
import io.postmortem.plugin.persistence.postmortem.PostmortemRevisionEntity;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Model version 1 with data, then {@link Upgrade2ClosedOnTimeTask} as Jira runs it (tasks first, then the
 * descriptor's entities migrated): every row keeps every column, the new column says what the days say, and every
 * dashboard figure and every JQL list equals what the core computes in memory over the same actions and
 * postmortems (the reference the accountability tests use).
 */
abstract class Upgrade2ClosedOnTimeContract extends ActiveObjectsTestCase {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-16");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T12:00:00Z"), ZoneOffset.UTC);

    private final TestOrganisation org = new TestOrganisation();
    private final ZoneId zone = org.load().policies().calendar().zone();

    @Test
    void upgradingKeepsEveryRowFigureAndListAndMarksTheActionsClosedOnTime() {
        List<Action> actions = actions(new Random(16), 2 * Upgrade2ClosedOnTimeTask.PAGE + 150);
        List<PostmortemFact> postmortems = postmortems();
        installVersion1(actions, postmortems);
        Map<Integer, Map<String, Object>> before = version1Rows();

        Upgrade2ClosedOnTimeTask task = new Upgrade2ClosedOnTimeTask();
        assertThat(task.getModelVersion().isNewerThan(ModelVersion.valueOf("1"))).isTrue();
        task.upgrade(ModelVersion.valueOf("1"), ao);
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class, PostmortemEntity.class,
                PostmortemRevisionEntity.class);
        ao.flushAll();

        // Every row, every column of version 1, unchanged; the new column follows the row's own days.
        assertThat(version1Rows()).isEqualTo(before);
        ActionEntity[] upgraded = ao.find(ActionEntity.class, Query.select().order("ID ASC"));
        assertThat(upgraded).hasSize(actions.size());
        long onTime = 0;
        long closed = 0;
        for (ActionEntity row : upgraded) {
            boolean expected = row.getClosedDay() != null && row.getClosedDay() <= row.getDueDay();
            assertThat(row.isClosedOnTime()).as("CLOSED_ON_TIME of %s", row.getProblemKey()).isEqualTo(expected);
            onTime += expected ? 1 : 0;
            closed += row.getClosedDay() != null ? 1 : 0;
        }
        assertThat(onTime).as("actions closed on time in the data").isGreaterThan(100);
        assertThat(closed).as("closed actions: more than one page for the task").isGreaterThan(Upgrade2ClosedOnTimeTask.PAGE);

        // Every figure and list, against the core's own computation over the same data.
        InMemoryAccountabilityStore reference = new InMemoryAccountabilityStore(zone);
        reference.actions.addAll(actions);
        reference.postmortems.addAll(postmortems);
        AccountabilityService expected = new AccountabilityService(reference, reference, org, org, CLOCK);
        AoActionRepository repository = new AoActionRepository(ao, org, new SingleNodeLocks());
        AoPostmortemStatistics statistics = new AoPostmortemStatistics(ao);
        AccountabilityService actual = new AccountabilityService(repository, statistics, org, org, CLOCK);
        JqlQueries expectedJql = new JqlQueries(expected, reference, reference);
        JqlQueries actualJql = new JqlQueries(actual, repository, statistics);

        for (String user : List.of("mim", "lead-payments", "dev-search")) {
            Actor actor = org.actor(user);
            assertSame("league for " + user, () -> actual.league(actor), () -> expected.league(actor));
            for (Platform platform : org.load().directory().platforms()) {
                assertSame(user + "'s " + platform.slug(), () -> actual.platform(actor, platform.slug()),
                        () -> expected.platform(actor, platform.slug()));
                assertSame(user + "'s trend of " + platform.slug(), () -> actual.trend(actor, platform.slug(), 12),
                        () -> expected.trend(actor, platform.slug(), 12));
            }
            List<String> names = new ArrayList<>();
            org.load().directory().platforms().forEach(p -> names.add(p.slug()));
            org.load().directory().teams().forEach(t -> names.add(t.slug()));
            for (String name : names) {
                for (ActionFigure figure : ActionFigure.values()) {
                    assertThat(sorted(actualJql.actionsOf(actor, name, figure.argument())))
                            .as("actionsOf(%s, %s) for %s", name, figure.argument(), user)
                            .isEqualTo(sorted(expectedJql.actionsOf(actor, name, figure.argument())));
                }
                assertThat(sorted(actualJql.overdueActions(actor, name)))
                        .isEqualTo(sorted(expectedJql.overdueActions(actor, name)));
            }
            for (PostmortemFact postmortem : postmortems) {
                assertThat(sorted(actualJql.actionsOfPostmortem(actor, postmortem.key())))
                        .isEqualTo(sorted(expectedJql.actionsOfPostmortem(actor, postmortem.key())));
            }
        }
        assertThat(actualJql.actionsOf(org.actor("mim"), "payments", ActionFigure.CLOSED_ON_TIME_LAST_90_DAYS.argument()))
                .as("the closed-on-time list is not empty").isNotEmpty();
    }

    @Test
    void runningTheTaskOnANewInstallationCreatesTheTableAndChangesNothingElse() {
        new Upgrade2ClosedOnTimeTask().upgrade(ModelVersion.valueOf(null), ao);

        assertThat(database.tables()).containsExactly("AO_441554_ACTION");
        assertThat(ao.count(ActionEntity.class)).isZero();
    }

    private void installVersion1(List<Action> actions, List<PostmortemFact> postmortems) {
        ao.migrate(io.postmortem.plugin.persistence.upgrade.v1.ActionEntity.class, ActionChangeEntity.class,
                ActionPackEntity.class, ActionPackStateEntity.class, PostmortemEntity.class, PostmortemRevisionEntity.class);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Action action : actions) {
            Map<String, Object> row = new HashMap<>(AoActionRepository.row(action, zone));
            row.keySet().retainAll(version1Columns());
            rows.add(row);
        }
        ao.create(io.postmortem.plugin.persistence.upgrade.v1.ActionEntity.class, rows);
        for (PostmortemFact p : postmortems) {
            Map<String, Object> row = new HashMap<>();
            row.put("POSTMORTEM_KEY", p.key());
            row.put("INCIDENT_KEY", "INC-" + p.key());
            row.put("SEVERITY", p.severity().name());
            row.put("OWNING_TEAM", p.team());
            row.put("PLATFORM", p.platform());
            row.put("STATUS", p.publishedAt() != null ? "PUBLISHED" : "DRAFT");
            row.put("DUE_DATE", p.dueDate().toString());
            row.put("FACILITATOR_TYPE", "USER");
            row.put("FACILITATOR_NAME", "mim");
            row.put("CREATED_AT", p.createdAt().toEpochMilli());
            row.put("HELD_AT", p.heldAt() == null ? null : p.heldAt().toEpochMilli());
            row.put("PUBLISHED_AT", p.publishedAt() == null ? null : p.publishedAt().toEpochMilli());
            row.put("ROW_VERSION", 1L);
            ao.create(PostmortemEntity.class, row);
        }
        ao.flushAll();
    }

    /** The columns of the frozen version-1 entity, as Atlassian's converter names them. */
    private static java.util.Set<String> version1Columns() {
        java.util.Set<String> columns = new java.util.HashSet<>();
        for (var method : io.postmortem.plugin.persistence.upgrade.v1.ActionEntity.class.getMethods()) {
            String name = method.getName();
            String property = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : null;
            if (property != null && method.getParameterCount() == 0 && !property.equals("ID")
                    && !property.equals("EntityManager") && !property.equals("EntityType") && !property.equals("EntityProxy")) {
                columns.add(property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return columns;
    }

    /** Every version-1 column of every action row, read through the frozen entity. */
    private Map<Integer, Map<String, Object>> version1Rows() {
        ao.flushAll();
        Map<Integer, Map<String, Object>> rows = new TreeMap<>();
        for (var row : ao.find(io.postmortem.plugin.persistence.upgrade.v1.ActionEntity.class, Query.select().order("ID ASC"))) {
            Map<String, Object> columns = new TreeMap<>();
            columns.put("REQUEST_ID", row.getRequestId());
            columns.put("POSTMORTEM_KEY", row.getPostmortemKey());
            columns.put("INCIDENT_KEY", row.getIncidentKey());
            columns.put("PROBLEM_KEY", row.getProblemKey());
            columns.put("PROJECT_KEY", row.getProjectKey());
            columns.put("SUMMARY", row.getSummary());
            columns.put("DESCRIPTION", row.getDescription());
            columns.put("ACTION_TYPE", row.getActionType());
            columns.put("TEAM", row.getTeam());
            columns.put("PLATFORM", row.getPlatform());
            columns.put("PRIORITY", row.getPriority());
            columns.put("SEVERITY", row.getSeverity());
            columns.put("DUE_DATE", row.getDueDate());
            columns.put("POLICY_DUE_DATE", row.getPolicyDueDate());
            columns.put("DUE_DATE_REASON", row.getDueDateReason());
            columns.put("STATUS", row.getStatus());
            columns.put("RESOLUTION", row.getResolution());
            columns.put("TICKET_DELETED", row.isTicketDeleted());
            columns.put("ASSIGNEE", row.getAssignee());
            columns.put("IDEA_ID", row.getIdeaId());
            columns.put("CREATED_BY", row.getCreatedBy());
            columns.put("CREATED_AT", row.getCreatedAt());
            columns.put("CLOSED_AT", row.getClosedAt());
            columns.put("CREATED_DAY", row.getCreatedDay());
            columns.put("CLOSED_DAY", row.getClosedDay());
            columns.put("DUE_DAY", row.getDueDay());
            columns.put("DAYS_TO_CLOSE", row.getDaysToClose());
            rows.put(row.getID(), java.util.Collections.unmodifiableMap(new HashMap<>(columns)));
        }
        assertThat(rows.values().iterator().next()).hasSize(version1Columns().size());
        return rows;
    }

    /**
     * Actions of every team around today: a third open, the others closed before, on or after their due day
     * (some at 23:30 UTC, another day in some zones), due from 20 days before creation to 100 after.
     */
    private List<Action> actions(Random random, int count) {
        List<Team> teams = org.load().directory().teams();
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Team team = teams.get(random.nextInt(teams.size()));
            LocalDate created = TODAY.minusDays(random.nextInt(400));
            LocalDate due = created.plusDays(random.nextInt(120) - 20);
            LocalDate closed = random.nextInt(3) == 0 ? null : created.plusDays(random.nextInt(150));
            if (closed != null && closed.isAfter(TODAY)) {
                closed = null;
            }
            Instant closedAt = closed == null ? null
                    : closed.atTime(random.nextBoolean() ? 9 : 23, 30).toInstant(ZoneOffset.UTC);
            String key = team.projectKey() + "-" + (i + 1);
            actions.add(new Action(i + 1, "req-" + i, "PM-" + (1 + i % 7), "INC-" + (1 + i % 7), key,
                    team.projectKey(), "Fix " + key, i % 5 == 0 ? null : "Details of " + key, ActionType.PREVENT,
                    team.slug(), team.platform(), Priority.HIGH, Severity.P2, due, due, null,
                    closed == null ? ActionStatus.OPEN : ActionStatus.DONE, closed == null ? null : "Done", false,
                    "dev-" + team.slug(), null, "mim", created.atTime(9, 0).toInstant(ZoneOffset.UTC), closedAt));
        }
        return actions;
    }

    private static List<PostmortemFact> postmortems() {
        List<PostmortemFact> facts = new ArrayList<>();
        String[][] rows = {
                {"PM-1", "P2", "checkout", "payments", "2026-02-01", "2026-02-03", "2026-02-03T10:00:00Z", "2026-02-10T10:00:00Z"},
                {"PM-2", "P1", "ledger", "payments", "2026-03-02", "2026-03-04", null, null},
                {"PM-3", "P3", "checkout", "payments", "2026-03-12", "2026-03-14", null, null},
                {"PM-4", "P3", "ledger", "payments", "2026-03-13", "2026-03-17", null, null},
                {"PM-5", "P2", "search", "storefront", "2026-02-20", "2026-02-24", "2026-02-23T10:00:00Z", null},
                {"PM-6", "P1", "search", "storefront", "2025-12-20", "2025-12-24", "2025-12-23T10:00:00Z", "2026-01-05T10:00:00Z"},
                {"PM-7", "P2", "checkout", "payments", "2026-01-10", "2026-01-14", null, null}};
        for (String[] r : rows) {
            facts.add(new PostmortemFact(r[0], Severity.valueOf(r[1]), r[3], r[2], LocalDate.parse(r[5]),
                    Instant.parse(r[4] + "T09:00:00Z"), r[6] == null ? null : Instant.parse(r[6]),
                    r[7] == null ? null : Instant.parse(r[7])));
        }
        return facts;
    }

    /** The same answer, or the same refusal. */
    private static void assertSame(String what, java.util.function.Supplier<Object> actual,
                                   java.util.function.Supplier<Object> expected) {
        Object want;
        try {
            want = expected.get();
        } catch (RuntimeException refused) {
            assertThatThrownBy(actual::get).as(what).isInstanceOf(refused.getClass());
            return;
        }
        assertThat(actual.get()).as(what).isEqualTo(want);
    }

    private static List<String> sorted(List<String> keys) {
        return keys.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
