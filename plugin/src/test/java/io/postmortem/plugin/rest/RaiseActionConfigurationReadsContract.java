package io.postmortem.plugin.rest;

import io.postmortem.core.action.ActionQueries;
import io.postmortem.core.action.Ideas;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.testing.InMemoryActions;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.InMemoryProblemTickets;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.plugin.persistence.config.AoConfigurationStore;
import io.postmortem.plugin.persistence.config.OneConfigurationPerRequest;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raising one action through the REST resource reads the configuration from the database once: the stored version,
 * in one statement, and the document not at all while it is unchanged. The configuration store is the real one on
 * H2 or PostgreSQL; the other ports are the one test host's ({@link TestOrganisation}) and the core's in-memory stores.
 */
abstract class RaiseActionConfigurationReadsContract extends ActiveObjectsTestCase {
    /** The configuration's table, quoted or not, and not its audit table. */
    private static final Pattern CONFIG_TABLE = Pattern.compile("AO_441554_CONFIG(?!_)");
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private final TestOrganisation org = ActionsResourceTest.loggedIn("dev-checkout");
    private final InMemoryPostmortems stored = new InMemoryPostmortems();
    private final InMemoryActions actions = new InMemoryActions();
    private final InMemoryProblemTickets tickets = new InMemoryProblemTickets(org);
    private AoConfigurationStore configuration;
    private ActionsResource resource;
    private String postmortemKey;

    @BeforeEach
    void aPostmortemAndTheSavedConfiguration() {
        ao.migrate(PersistenceEntities.asArray());
        configuration = new AoConfigurationStore(ao);
        configuration.save(org.load(), "admin", List.of("organisation"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        PostmortemService postmortems = new PostmortemService(org, stored, stored, configuration, org, org, clock,
                List.of(), List.of());
        resource = new ActionsResource(org.actors(),
                new RaiseAction(postmortems, actions, actions, tickets, configuration, clock),
                new ActionQueries(postmortems, actions, actions, configuration, org, clock),
                new Ideas(postmortems, stored, actions, actions, configuration, org, clock));
        postmortemKey = ActionsResourceTest.checkoutPostmortem(org, postmortems, NOW, "INC-1").key();
    }

    @Test
    void raisingOneActionReadsTheConfigurationOnceInItsRequest() {
        List<String> configReads = new ArrayList<>();
        AoDatabase.Counted<Response> raised = database.counting(
                () -> OneConfigurationPerRequest.within(() -> resource.raise(postmortemKey, body("req-1"))),
                sql -> {
                    if (CONFIG_TABLE.matcher(sql).find()) {
                        configReads.add(sql);
                    }
                });

        assertThat(raised.result().getStatus()).isEqualTo(201);
        assertThat(configReads).hasSize(1).allSatisfy(sql -> assertThat(sql).doesNotContain("JSON"));
    }

    /** The use case takes one snapshot per request: even without the request scope, one read, not one per check. */
    @Test
    void withoutARequestScopeTheUseCaseStillReadsTheConfigurationOnceAndNeverParsesItAgain() {
        List<String> configReads = new ArrayList<>();
        AoDatabase.Counted<Response> raised = database.counting(() -> resource.raise(postmortemKey, body("req-2")),
                sql -> {
                    if (CONFIG_TABLE.matcher(sql).find()) {
                        configReads.add(sql);
                    }
                });

        assertThat(raised.result().getStatus()).isEqualTo(201);
        assertThat(configReads).hasSize(1).allSatisfy(sql -> assertThat(sql).doesNotContain("JSON"));
    }

    private static String body(String requestId) {
        return """
                {"summary": "Alert on error rate", "type": "DETECT", "team": "checkout", "priority": "HIGH",
                 "requestId": "%s"}""".formatted(requestId);
    }
}
