package io.postmortem.plugin.persistence.accountability;

import io.postmortem.plugin.persistence.actionpack.ActionPackStateEntity;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.plugin.persistence.action.ActionChangeEntity;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.actionpack.ActionPackEntity;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.postmortem.PostmortemEntity;
import io.postmortem.plugin.persistence.postmortem.PostmortemRevisionEntity;
import io.postmortem.plugin.rest.AccountabilityResource;
import io.postmortem.plugin.rest.Json;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accountability league's GET costs the same number of SQL statements with 100 actions as with 2,000: every
 * statement the Active Objects library prepares is counted (its SQL listener), over the real action and postmortem
 * tables. A query per action, team or platform anywhere on the path would make them differ.
 */
abstract class AccountabilityStatementsContract extends ActiveObjectsTestCase {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    /**
     * Postmortem facts, the packs' state row (one row by its format), then the packed days of the active actions
     * (both days are judged from one read).
     */
    private static final int BUDGET = 3;

    private AoActionRepository actions;
    private AccountabilityResource resource;

    @BeforeEach
    void assemble() {
        ao.migrate(ActionEntity.class, ActionChangeEntity.class, ActionPackEntity.class, ActionPackStateEntity.class, PostmortemEntity.class, PostmortemRevisionEntity.class);
        TestOrganisation host = host();
        actions = new AoActionRepository(ao, host, new SingleNodeLocks());
        AccountabilityService service = new AccountabilityService(actions, new AoPostmortemStatistics(ao), host, host,
                Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        resource = new AccountabilityResource(service, host.actors());
    }

    @Test
    void the_league_get_issues_as_many_statements_for_2000_actions_as_for_100() {
        // The first read of a new installation packs the (here: no) actions once; measured are the reads after it.
        measureGet();
        seed(0, 100);
        Measured small = measureGet();
        seed(100, 2_000);
        Measured large = measureGet();

        assertThat(small.open()).isPositive();
        assertThat(large.open()).isGreaterThan(small.open());
        assertThat(large.statements()).isPositive().isEqualTo(small.statements());
        assertThat(small.statements()).isLessThanOrEqualTo(BUDGET);
        System.out.printf("Accountability league GET on %s: %d statements for 100 actions, %d for 2,000%n",
                database.type(), small.statements(), large.statements());
    }

    @Test
    void the_platform_and_trend_gets_issue_as_many_statements_for_2000_actions_as_for_100() {
        measureGet();
        seed(0, 100);
        int platformSmall = statements(() -> resource.platform("platform-1", null, uri()));
        int trendSmall = statements(() -> resource.trend("platform-1", 12, null));
        seed(100, 2_000);
        int platformLarge = statements(() -> resource.platform("platform-1", null, uri()));
        int trendLarge = statements(() -> resource.trend("platform-1", 12, null));

        // Platform: postmortem facts, packed days, the oldest overdue actions. Trend: postmortem facts, packed days.
        assertThat(platformLarge).isEqualTo(platformSmall).isEqualTo(4);
        assertThat(trendLarge).isEqualTo(trendSmall).isEqualTo(3);
    }

    private int statements(java.util.function.Supplier<Response> get) {
        database.entityManager().flushAll();
        AoDatabase.Counted<Response> counted = database.counting(get);
        assertThat(counted.result().getStatus()).isEqualTo(200);
        return counted.statements();
    }

    /** Actions {@code from} to {@code to} over 3 platforms × 2 teams, a third of them open, some overdue. */
    private void seed(int from, int to) {
        for (int i = from; i < to; i++) {
            int platform = i % 3;
            int team = (i / 3) % 2;
            String project = "P" + (char) ('A' + platform) + (char) ('A' + team);
            LocalDate created = TODAY.minusDays(5 + i % 200);
            boolean open = i % 3 == 0;
            Instant createdAt = created.atTime(9, 0).toInstant(ZoneOffset.UTC);
            actions.insert(new Action(0, "req-" + i, "PM-" + (i / 4 + 1), "INC-1", project + "-" + (i + 1), project,
                    "Action " + i, "", ActionType.PREVENT, "team-" + platform + "-" + team, "platform-" + platform,
                    Priority.HIGH, Severity.P2, created.plusDays(30), created.plusDays(30), null,
                    open ? ActionStatus.OPEN : ActionStatus.DONE, null, false, "dev", null, "mim", createdAt,
                    open ? null : createdAt.plusSeconds(86_400L * (1 + i % 40))));
        }
    }

    private Measured measureGet() {
        database.entityManager().flushAll();
        AoDatabase.Counted<Response> counted = database.counting(() -> resource.league(null, uri()));
        Response response = counted.result();
        assertThat(response.getStatus()).isEqualTo(200);
        try {
            JsonNode rows = Json.mapper().readTree((String) response.getEntity());
            assertThat(rows).hasSize(3);
            long open = 0;
            for (JsonNode row : rows) {
                open += row.get("openActions").asLong();
            }
            return new Measured(open, counted.statements());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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

    private record Measured(long open, int statements) {
    }

    /** Jira in memory: 3 platforms × 2 teams, an administrator who can browse every project. */
    private static TestOrganisation host() {
        List<Platform> platforms = List.of(new Platform("platform-0", "P0", "l0"),
                new Platform("platform-1", "P1", "l1"), new Platform("platform-2", "P2", "l2"));
        List<Team> teams = new java.util.ArrayList<>();
        for (int p = 0; p < 3; p++) {
            for (int t = 0; t < 2; t++) {
                teams.add(new Team("team-" + p + "-" + t, "Team " + p + t, "platform-" + p,
                        "P" + (char) ('A' + p) + (char) ('A' + t), null, "group-" + p + t));
            }
        }
        return TestOrganisation.loggedInAdministrator(new Directory(platforms, teams, "major-incident-management",
                "site-reliability-engineering"));
    }
}
