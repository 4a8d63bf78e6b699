package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.testing.InMemoryAccountabilityStore;
import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.accountability.ActionSlice;
import io.postmortem.core.accountability.ActionStatistics;
import io.postmortem.core.accountability.PostmortemFact;
import io.postmortem.core.accountability.PostmortemStatistics;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.TestOrganisation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountabilityResourceTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final TestOrganisation jira = ConfigResourceTest.jira();
    private final InMemoryAccountabilityStore store = new InMemoryAccountabilityStore(LONDON);
    private final AccountabilityResource resource;

    AccountabilityResourceTest() {
        jira.setConfiguration(ConfigResourceTest.richConfiguration());
        resource = new AccountabilityResource(new AccountabilityService(store, store, jira, jira,
                Clock.fixed(Instant.parse("2026-03-16T12:00:00Z"), ZoneOffset.UTC)), jira.actors());
        store.actions.add(action(1, "PAY-1", "payments-api", "2026-01-01", null, "2026-03-01"));
        store.actions.add(action(2, "LED-1", "ledger", "2026-02-01", "2026-03-01", "2026-03-05"));
        store.postmortems.add(new PostmortemFact("PAYM-1", Severity.P1, "payments", "ledger", LocalDate.parse("2026-03-04"),
                Instant.parse("2026-03-02T09:00:00Z"), null, null));
    }

    @Test
    void theLeagueHasARowPerPlatformWithFiguresChangesWorstFlagsAndNavigatorLinks() throws Exception {
        jira.logIn("admin");

        JsonNode rows = Json.mapper().readTree((String) resource.league(null, uri()).getEntity());

        JsonNode payments = rows.get(0);
        assertThat(payments.get("platform").asText()).isEqualTo("payments");
        assertThat(payments.get("lead").asText()).isEqualTo("alice");
        assertThat(payments.get("openActions").asLong()).isEqualTo(1);
        assertThat(payments.get("overdueActions").asLong()).isEqualTo(1);
        assertThat(payments.get("closedLast30Days").asLong()).isEqualTo(1);
        assertThat(payments.get("onTimeShare").asDouble()).isEqualTo(1.0);
        assertThat(payments.get("overduePostmortems").asLong()).isEqualTo(1);
        assertThat(payments.get("change").get("overdueActions").asDouble()).isEqualTo(1.0);
        assertThat(payments.get("worst").get("overdueActions").asBoolean()).isFalse();
        assertThat(payments.get("links").get("overdueActions").asText())
                .isEqualTo("/jira/issues/?jql=issue%20in%20overdueActions%28%22payments%22%29");
    }

    @Test
    void theLeagueIsRefusedToOthers() {
        jira.logIn("bob");
        assertThatThrownBy(() -> resource.league(null, uri())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aPlatformHasTeamRowsAndTheOldestOverdueActions() throws Exception {
        jira.logIn("alice");

        JsonNode view = Json.mapper().readTree((String) resource.platform("payments", null, uri()).getEntity());

        assertThat(view.get("teams")).extracting(t -> t.get("team").asText()).containsExactly("payments-api", "ledger");
        assertThat(view.get("teams").get(0).get("openActions").asLong()).isEqualTo(1);
        assertThat(view.get("oldestOverdue").get(0).get("key").asText()).isEqualTo("PAY-1");
        assertThat(view.get("oldestOverdue").get(0).get("daysOverdue").asLong()).isEqualTo(15);
    }

    @Test
    void tablesExportAsCsvAttachments() {
        jira.logIn("admin");

        Response response = resource.league("csv", uri());

        assertThat(response.getHeaderString("Content-Disposition")).contains("attachment; filename=\"accountability-platforms.csv\"");
        String[] lines = ((String) response.getEntity()).split("\r\n");
        assertThat(lines[0]).startsWith("platform,name,lead,openActions,overdueActions,");
        assertThat(lines[1]).startsWith("payments,Payments,alice,1,1,0,1,");
        Response trend = resource.trend("payments", 3, "csv");
        assertThat(((String) trend.getEntity()).split("\r\n")).containsExactly(
                "month,openActions,closedActions,overduePostmortems", "2026-01,1,0,0", "2026-02,2,0,0", "2026-03,1,1,1");
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

    private static Action action(long id, String key, String team, String created, String closed, String due) {
        return new Action(id, "r" + id, "PAYM-1", "INC-1", key, key.substring(0, key.indexOf('-')), "Fix " + key, "",
                ActionType.PREVENT, team, "payments", Priority.HIGH, Severity.P1, LocalDate.parse(due), LocalDate.parse(due),
                null, closed == null ? ActionStatus.OPEN : ActionStatus.DONE, null, false, "dev", null, "mim",
                Instant.parse(created + "T09:00:00Z"), closed == null ? null : Instant.parse(closed + "T09:00:00Z"));
    }

    /** In-memory ports: filter with the slice's own meaning, group by platform and team. */
}
