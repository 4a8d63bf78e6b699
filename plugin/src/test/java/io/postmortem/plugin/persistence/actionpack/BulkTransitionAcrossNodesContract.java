package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.core.access.Actor;
import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.accountability.ActionDays;
import io.postmortem.core.accountability.Figures;
import io.postmortem.core.accountability.LeagueRow;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionSync;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.action.TicketState;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.HeldLocks;
import io.postmortem.core.testing.InMemoryAccountabilityStore;
import io.postmortem.core.testing.InMemoryProblemTickets;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.persistence.accountability.AoPostmortemStatistics;
import io.postmortem.plugin.persistence.action.ActionChangeEntity;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.postmortem.PostmortemEntity;
import io.postmortem.plugin.persistence.postmortem.PostmortemRevisionEntity;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira's bulk transition of 500 Problem tickets, its events handled at once by two nodes (each with its own Active
 * Objects, repository and {@link ActionSync}, sharing one cluster lock service and one Jira), four threads each:
 * every action ends with its ticket's state, the packed days equal the action table, every figure of the league and
 * of each platform equals the core's own computation over the action table and a direct SQL count, and no ticket
 * was read while a lock was held. Not timed (the rate is measured by {@code bench/BulkTransitionBenchmark}).
 */
abstract class BulkTransitionAcrossNodesContract extends ActiveObjectsTestCase {
    private static final int BULK = 500;
    private static final Instant NOW = Instant.parse("2026-03-16T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final TestOrganisation org = new TestOrganisation();
    private final ZoneId zone = org.load().policies().calendar().zone();
    private final HeldLocks locks = new HeldLocks(new SingleNodeLocks());
    /** Jira's Problem tickets, one for both nodes. */
    private final InMemoryProblemTickets jira = new InMemoryProblemTickets(org);
    private final List<String> readsUnderLock = new CopyOnWriteArrayList<>();

    @BeforeEach
    void migrate() {
        jira.beforeEachCall(call -> {
            if (locks.heldByThisThread() > 0) {
                readsUnderLock.add(call);
            }
        });
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class,
                PostmortemEntity.class, PostmortemRevisionEntity.class);
    }

    @Test
    void aBulkTransitionHandledOnTwoNodesAtOnceLeavesEveryFigureExact() throws Exception {
        AoActionRepository one = new AoActionRepository(ao, org, locks);
        List<Action> bulk = new ArrayList<>();
        List<Team> teams = org.load().directory().teams();
        for (int i = 0; i < BULK + 100; i++) {
            // Most in one team and a few weeks, so the same pack rows are rewritten over and over.
            Team team = i % 5 == 0 ? teams.get(i % teams.size()) : teams.get(0);
            Action stored = one.insert(action(i, team, LocalDate.parse("2026-02-01").plusDays(i % 20),
                    LocalDate.parse("2026-03-01").plusDays(i % 30)));
            jira.existing(stored.problemKey(), team.projectKey());
            if (i < BULK) {
                bulk.add(stored);
            }
        }
        one.eachActive(null, null, LocalDate.ofEpochDay(0), d -> { }); // the packs are ready before the bulk

        // The bulk edit: every ticket moves in Jira, then each fires its event; a fifth fire a second event too.
        for (int i = 0; i < BULK; i++) {
            String key = bulk.get(i).problemKey();
            switch (i % 10) {
                case 0, 1 -> jira.transition(key, TicketState.Phase.IN_PROGRESS, null);
                case 2 -> jira.transition(key, TicketState.Phase.DONE, "Won't Do");
                default -> jira.transition(key, TicketState.Phase.DONE, "Done");
            }
        }
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (AoDatabase secondNode = database.anotherNode()) {
            AoActionRepository two = new AoActionRepository(secondNode.activeObjects(), org, locks);
            ActionSync[] nodes = {new ActionSync(one, jira, org, locks, CLOCK), new ActionSync(two, jira, org, locks, CLOCK)};
            ExecutorService[] pools = {Executors.newFixedThreadPool(4), Executors.newFixedThreadPool(4)};
            try {
                List<Future<?>> events = new ArrayList<>();
                for (int i = 0; i < BULK; i++) {
                    String key = bulk.get(i).problemKey();
                    TicketEvent.Kind kind = i % 10 < 2 ? TicketEvent.Kind.UPDATED : TicketEvent.Kind.RESOLVED;
                    ActionSync node = nodes[i % 2];
                    events.add(pools[i % 2].submit(() -> {
                        node.handle(TicketEvent.of(kind, key, "lead-payments"));
                        return null;
                    }));
                    if (i % 5 == 0) {
                        ActionSync other = nodes[(i + 1) % 2];
                        events.add(pools[(i + 1) % 2].submit(() -> {
                            other.handle(TicketEvent.of(TicketEvent.Kind.UPDATED, key, "lead-payments"));
                            return null;
                        }));
                    }
                }
                for (Future<?> event : events) {
                    try {
                        event.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
            } finally {
                for (ExecutorService pool : pools) {
                    pool.shutdown();
                }
            }
        }
        assertThat(failures).as("no event failed (none waited past the lock bound)").isEmpty();
        assertThat(readsUnderLock).as("ticket reads while a lock was held").isEmpty();
        assertThat(locks.taken).as("the writes took the packs' stripes").anyMatch(n -> n.startsWith(ActionPacks.LOCK + "."));

        // Every action says what its ticket says.
        List<Action> stored = one.find(ActionFilter.any());
        assertThat(stored).hasSize(BULK + 100);
        for (Action action : stored) {
            TicketState ticket = jira.status(action.problemKey()).orElseThrow();
            ActionStatus expected = switch (ticket.phase()) {
                case TO_DO -> ActionStatus.OPEN;
                case IN_PROGRESS -> ActionStatus.IN_PROGRESS;
                case DONE -> "Done".equals(ticket.resolution()) ? ActionStatus.DONE : ActionStatus.DECLINED;
            };
            assertThat(action.status()).as(action.problemKey()).isEqualTo(expected);
            assertThat(action.closedAt()).as(action.problemKey()).isEqualTo(ticket.phase() == TicketState.Phase.DONE ? NOW : null);
        }

        // The packed days are the action table's, exactly.
        List<ActionDays> packed = new ArrayList<>();
        new AoActionRepository(ao, org, new SingleNodeLocks()).eachActive(null, null, LocalDate.ofEpochDay(0), packed::add);
        assertThat(packed).containsExactlyInAnyOrderElementsOf(stored.stream().map(a -> ActionDays.of(a, zone)).toList());

        // Every figure: against the core's computation over the action table, and the counts against plain SQL.
        InMemoryAccountabilityStore reference = new InMemoryAccountabilityStore(zone);
        reference.actions.addAll(stored);
        AccountabilityService expected = new AccountabilityService(reference, reference, org, org, CLOCK);
        AccountabilityService actual = new AccountabilityService(one, new AoPostmortemStatistics(ao), org, org, CLOCK);
        Actor mim = org.actor("mim");
        List<LeagueRow> league = actual.league(mim);
        assertThat(league).isEqualTo(expected.league(mim));
        long today = LocalDate.ofInstant(NOW, zone).toEpochDay();
        for (LeagueRow row : league) {
            String platform = row.platform().slug();
            assertThat(actual.platform(mim, platform)).isEqualTo(expected.platform(mim, platform));
            Figures figures = row.figures();
            assertThat(figures.openActions()).as("open in %s", platform)
                    .isEqualTo(ao.count(ActionEntity.class, "PLATFORM = ? AND CLOSED_DAY IS NULL", platform));
            assertThat(figures.overdueActions()).as("overdue in %s", platform)
                    .isEqualTo(ao.count(ActionEntity.class, "PLATFORM = ? AND CLOSED_DAY IS NULL AND DUE_DAY < ?", platform, today));
            assertThat(figures.closedLast30Days()).as("closed in the last 30 days in %s", platform)
                    .isEqualTo(ao.count(ActionEntity.class, "PLATFORM = ? AND CLOSED_DAY > ? AND CLOSED_DAY <= ?", platform, today - 30, today));
            assertThat(figures.closedOnTimeLast90Days()).as("closed on time in %s", platform)
                    .isEqualTo(ao.count(ActionEntity.class, "PLATFORM = ? AND CLOSED_DAY > ? AND CLOSED_DAY <= ? AND "
                            + "CLOSED_ON_TIME = ?", platform, today - 90, today, Boolean.TRUE));
        }
        assertThat(league.stream().mapToLong(r -> r.figures().closedLast30Days()).sum())
                .as("the bulk closed 80 % of its tickets").isEqualTo(BULK * 8 / 10);
    }

    private static Action action(int n, Team team, LocalDate created, LocalDate due) {
        return new Action(0, "req-" + n, "PM-1", "INC-1", team.projectKey() + "-" + (n + 1), team.projectKey(),
                "Fix " + n, null, ActionType.PREVENT, team.slug(), team.platform(), Priority.HIGH, Severity.P2, due,
                due, null, ActionStatus.OPEN, null, false, null, null, "mim", created.atTime(9, 0).toInstant(ZoneOffset.UTC),
                null);
    }
}
