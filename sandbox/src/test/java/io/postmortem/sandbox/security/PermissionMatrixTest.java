package io.postmortem.sandbox.security;

import io.postmortem.plugin.rest.ApiExceptionMapper;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.testkit.rest.ResourceMethods;
import io.postmortem.testkit.rest.ResourceMethods.Endpoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST endpoint of the plugin (found by reflection, so a new one is covered the day it is added) called by
 * eight kinds of caller against one incident of the Checkout team, compared with the answer written once per
 * endpoint in {@link #EXPECTED}. An endpoint without an expectation fails the test, naming what it answered.
 *
 * <p>One character per caller, in the order of {@link #CALLERS}: {@code -} 401 (nobody logged in), {@code x} 403,
 * {@code ?} 404, {@code +} let through (any answer below 500 other than those three: 2xx, or 400/409 from the use
 * case once access was granted). A 500 never matches.
 */
@UsesSandbox
class PermissionMatrixTest {
    private static final String API = ProductFixture.API;
    /** Anonymous, an outsider, an engineer of an unrelated team (Payments), an engineer of the incident's team
     * (Checkout), its platform's Lead (Commerce), MIM, SRE, a Jira administrator. */
    private static final List<String> CALLERS = List.of("", "outsider", "dev-ledger", "dev-checkout", "lead-commerce",
            "mim", "sre", "admin");

    /** The expected answers: adding an endpoint adds one line here. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    private static void expect(String endpoint, String answers) {
        if (answers.length() != CALLERS.size()) {
            throw new IllegalArgumentException(endpoint + ": one character per caller");
        }
        EXPECTED.put(endpoint, answers);
    }

    static {
        // Accountability: the league for MIM, SRE and administrators; a platform's figures for everyone who works.
        expect("GET /accountability", "-xxxx+++");
        expect("GET /accountability/platforms/{slug}", "-x++++++");
        expect("GET /accountability/platforms/{slug}/trend", "-x++++++");
        // Shared learnings.
        expect("GET /library", "-x++++++");
        expect("GET /incidents/{key}/related", "-x++++++");
        expect("GET /postmortems/{key}/export", "-x++++++");
        expect("GET /postmortems/{key}/learning", "-x++++++");
        expect("PUT /postmortems/{key}/sharing", "-xxxx+++");
        expect("PUT /postmortems/{key}/tags", "-xx+x+++");
        expect("POST /postmortems/{key}/nominations", "-x++++++");
        expect("GET /nominations", "-x++++++");
        expect("POST /nominations/{id}/votes", "-x++++++");
        expect("GET /months/{month}/winner", "-x++++++");
        expect("POST /months/{month}/winner", "-xxxx++x");
        // Blameless review.
        expect("POST /blameless/review", "-x++++++");
        expect("GET /postmortems/{key}/blameless", "-x++++++");
        expect("POST /postmortems/{key}/blameless/acknowledgements", "-xx+x+++");
        // The platform directory, for pickers.
        expect("GET /platforms", "-x++++++");
        // Configuration: administrators only.
        expect("GET /config", "-xxxxxx+");
        expect("PUT /config", "-xxxxxx+");
        expect("POST /config/import", "-xxxxxx+");
        expect("GET /config/export", "-xxxxxx+");
        expect("GET /config/export/directory.csv", "-xxxxxx+");
        expect("GET /config/audit", "-xxxxxx+");
        // The postmortem itself: readable by everyone who may browse the incident (the sandbox lets every member of the
        // organisation browse every project, as most Jira sites do); written by its teams, MIM, SRE and administrators.
        expect("GET /incidents/{key}/postmortem", "-x++++++");
        expect("POST /incidents/{key}/postmortem", "-xx+x+++");
        expect("GET /postmortems/{key}", "-x++++++");
        expect("PUT /postmortems/{key}", "-xx+x+++");
        expect("POST /postmortems/{key}/transition", "-xx+++++");
        expect("PUT /postmortems/{key}/meeting", "-xx+x+++");
        expect("GET /postmortems/{key}/history", "-x++++++");
        // Actions and ideas.
        expect("GET /actions", "-x++++++");
        expect("GET /actions/{id}/history", "-x++++++");
        expect("GET /postmortems/{key}/actions", "-x++++++");
        expect("POST /postmortems/{key}/actions", "-xx+x+++");
        expect("GET /postmortems/{key}/ideas", "-x++++++");
        expect("POST /postmortems/{key}/ideas", "-xx+x+++");
        expect("POST /postmortems/{key}/ideas/{id}/promote", "-xx+x+++");
        expect("POST /postmortems/{key}/ideas/{id}/same-as", "-xx+x+++");
        expect("GET /postmortems/{key}/ideas/{id}/suggestions", "-x++++++");
        // The incident timeline: the impacted teams, MIM and SRE write; only an entry's author changes it; MIM adds teams.
        expect("GET /incidents/{key}/timeline", "-x++++++");
        expect("POST /incidents/{key}/timeline", "-xx+x++x");
        expect("PUT /incidents/{key}/timeline/{id}", "-xx+xxxx");
        expect("DELETE /incidents/{key}/timeline/{id}", "-xx+xxxx");
        expect("GET /incidents/{key}/timeline/{id}/history", "-x++++++");
        expect("POST /incidents/{key}/timeline/import", "-xx+x++x");
        expect("POST /incidents/{key}/timeline/teams", "-xxxx+xx");
        // Health page and the Postmortem issue's workflow check: administrators only.
        expect("GET /health", "-xxxxxx+");
        expect("GET /config/postmortem-issue/check", "-xxxxxx+");
        // Several incidents per postmortem (POST with an empty body is refused as invalid before any permission).
        expect("POST /postmortems/{key}/incidents", "-+++++++");
        expect("DELETE /postmortems/{key}/incidents/{incidentKey}", "-xx+x+++");
        // Learning that lands: review checklist, read receipts, open meetings, learning figures (lists are filtered
        // to what the caller may browse, so an outsider gets an empty one).
        expect("GET /accountability/platforms/{slug}/learning", "-x++++++");
        expect("GET /meetings/upcoming", "-+++++++");
        expect("POST /postmortems/{key}/meeting/guests", "-x++++++");
        expect("GET /postmortems/{key}/quality", "-x++++++");
        expect("POST /postmortems/{key}/quality/preview", "-x++++++");
        expect("GET /postmortems/{key}/reads", "-x++++++");
        expect("POST /postmortems/{key}/reads", "-xx+xxxx");
        expect("GET /quality/scores", "-+++++++");
    }

    private final Http http;
    private final ProductFixture fixture;

    PermissionMatrixTest(Sandbox sandbox) {
        this.http = new Http(sandbox.baseUrl());
        this.fixture = new ProductFixture(sandbox);
    }

    private static char classify(int status) {
        return switch (status) {
            case 401 -> '-';
            case 403 -> 'x';
            case 404 -> '?';
            default -> status >= 500 ? '!' : '+';
        };
    }

    @Test
    void everyEndpointAnswersEachCallerAsWrittenDown() {
        List<Endpoint> endpoints = ResourceMethods.of(ApiExceptionMapper.class);
        assertThat(endpoints).hasSizeGreaterThan(40);
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            StringBuilder actual = new StringBuilder();
            List<String> details = new ArrayList<>();
            for (String caller : CALLERS) {
                ProductFixture.Call call = fixture.callFor(endpoint);
                Http.Answer answer = http.send(caller.isEmpty() ? null : caller, endpoint.httpMethod(), API + call.path(),
                        call.body());
                actual.append(classify(answer.status()));
                details.add((caller.isEmpty() ? "anonymous" : caller) + "=" + answer.status());
            }
            String expected = EXPECTED.get(endpoint.id());
            if (expected == null) {
                missing.add("expect(\"" + endpoint.id() + "\", \"" + actual + "\");");
            } else if (!expected.contentEquals(actual)) {
                wrong.add(endpoint.id() + ": expected " + expected + ", got " + actual + " " + details);
            }
        }
        assertThat(missing).as("endpoints without an expectation (what they answered now)").isEmpty();
        assertThat(wrong).as("endpoints answering otherwise than expected").isEmpty();
    }

    @Test
    void everyExpectationNamesAnEndpointThatExists() {
        List<String> endpoints = ResourceMethods.of(ApiExceptionMapper.class).stream().map(Endpoint::id).toList();
        assertThat(endpoints).containsAll(EXPECTED.keySet());
    }
}
