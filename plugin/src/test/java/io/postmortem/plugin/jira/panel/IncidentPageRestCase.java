package io.postmortem.plugin.jira.panel;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.plugin.persistence.config.OneConfigurationPerRequest;
import io.postmortem.plugin.rest.Json;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The world of the incident page's REST calls, as {@link IncidentViewStatementsContract} has it for the panels: the
 * 60-team configuration, 20 other postmortems (published, related to ours by a shared root-cause category, three
 * actions each), and two incidents with their postmortems, 30 actions each: {@code OPS-10} with 10 timeline entries
 * and {@code OPS-500} with 500. A call is measured as one request: a fresh entity cache, the configuration read at
 * most once ({@link OneConfigurationPerRequest}), every statement the AO library prepares counted.
 */
abstract class IncidentPageRestCase extends ActiveObjectsTestCase {
    /** The configuration's table, quoted or not, and not its audit table. */
    private static final Pattern CONFIG_TABLE = Pattern.compile("AO_441554_CONFIG(?!_)");
    static final int RELATED = 20;
    static final int ACTIONS = 30;

    IncidentPageRestHost host;

    @BeforeEach
    void anIncidentPageWithItsPostmortemActionsAndRelatedPostmortems() {
        host = new IncidentPageRestHost(database);
        host.relatedPostmortems(RELATED);
        host.incident("OPS-10", 10, ACTIONS);
        host.incident("OPS-500", 500, ACTIONS);
    }

    /** One REST call as one request of its own. */
    Measured call(Supplier<Response> call) {
        // A new request finds nothing cached from the writes that filled the tables.
        database.entityManager().flushAll();
        List<String> sql = new ArrayList<>();
        Response response = database.counting(() -> OneConfigurationPerRequest.within(call), sql::add).result();
        assertThat(response.getStatus()).as("%s", response.getEntity()).isEqualTo(200);
        JsonNode body;
        try {
            body = Json.mapper().readTree((String) response.getEntity());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        int configurationReads = (int) sql.stream().filter(s -> CONFIG_TABLE.matcher(s).find()).count();
        return new Measured(body, sql.size(), configurationReads, sql);
    }

    /** The same number of statements for both incidents, within the budget, and one configuration read at most. */
    void assertFixedCost(String call, Measured small, Measured large, int budget) {
        System.out.printf("%s on %s: %d statements with 10 entries, %d with 500 (30 actions, 20 related)%n%s%n",
                call, database.type(), small.statements(), large.statements(), String.join("\n", large.sql()));
        assertThat(large.statements()).as("statements with 500 entries").isPositive()
                .isEqualTo(small.statements());
        assertThat(small.statements()).as("statements of %s", call).isLessThanOrEqualTo(budget);
        assertThat(small.configurationReads()).as("configuration reads").isLessThanOrEqualTo(1);
        assertThat(large.configurationReads()).as("configuration reads").isLessThanOrEqualTo(1);
    }

    record Measured(JsonNode body, int statements, int configurationReads, List<String> sql) {
    }
}
