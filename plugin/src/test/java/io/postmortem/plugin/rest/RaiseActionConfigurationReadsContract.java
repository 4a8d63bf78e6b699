package io.postmortem.plugin.rest;

import io.postmortem.core.access.Actors;
import io.postmortem.core.action.ActionQueries;
import io.postmortem.core.action.Ideas;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryPostmortems;
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
 * H2 or PostgreSQL; the other ports are in memory ({@link ActionsResourceTest.Host}).
 */
abstract class RaiseActionConfigurationReadsContract extends ActiveObjectsTestCase {
    /** The configuration's table, quoted or not, and not its audit table. */
    private static final Pattern CONFIG_TABLE = Pattern.compile("AO_441554_CONFIG(?!_)");
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private final ActionsResourceTest.Host host = new ActionsResourceTest.Host();
    private final InMemoryPostmortems stored = new InMemoryPostmortems();
    private AoConfigurationStore configuration;
    private ActionsResource resource;
    private String postmortemKey;

    @BeforeEach
    void aPostmortemAndTheSavedConfiguration() {
        ao.migrate(PersistenceEntities.asArray());
        configuration = new AoConfigurationStore(ao);
        configuration.save(host.load(), "admin", List.of("organisation"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        PostmortemService postmortems = new PostmortemService(host, stored, stored, configuration, host, host, clock,
                List.of(), List.of());
        resource = new ActionsResource(new Actors(host, host, host),
                new RaiseAction(postmortems, host, host, host, configuration, clock),
                new ActionQueries(postmortems, host, host, configuration, host, clock),
                new Ideas(postmortems, stored, host, host, configuration, host, clock));
        host.incidents.put("INC-1", new Incident("INC-1", "INC", "Checkout errors", Severity.P1, "checkout",
                List.of(), List.of(), NOW.minusSeconds(7200), null, null, NOW, "dev", null));
        host.loggedIn = "dev";
        postmortemKey = postmortems.createFor("INC-1", host.actors().of("dev")).postmortem().key();
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
