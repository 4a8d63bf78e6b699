package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.action.ActionQueries;
import io.postmortem.core.action.Ideas;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryActions;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.InMemoryProblemTickets;
import io.postmortem.core.testing.TestOrganisation;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.postmortem.plugin.rest.ResourceCalls.call;
import static io.postmortem.plugin.rest.ResourceCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actions resource over the real use cases with the one test host ({@link TestOrganisation}) and the core's
 * in-memory stores and Problem tickets; failures go through the API's exception mapper as they would over HTTP.
 */
class ActionsResourceTest {
    /** Friday 20 November 2026, 15:30 UTC (London is on UTC in November). */
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private final TestOrganisation org = loggedIn("dev-checkout");
    private final InMemoryPostmortems stored = new InMemoryPostmortems();
    private final InMemoryActions actions = new InMemoryActions();
    private final InMemoryProblemTickets tickets = new InMemoryProblemTickets(org);
    private final PostmortemService postmortems = new PostmortemService(org, stored, stored, org, org, org,
            Clock.fixed(NOW, ZoneOffset.UTC), List.of(), List.of());
    private final ActionsResource resource = new ActionsResource(org.actors(),
            new RaiseAction(postmortems, actions, actions, tickets, org, Clock.fixed(NOW, ZoneOffset.UTC)),
            new ActionQueries(postmortems, actions, actions, org, org, Clock.fixed(NOW, ZoneOffset.UTC)),
            new Ideas(postmortems, stored, actions, actions, org, org, Clock.fixed(NOW, ZoneOffset.UTC)));
    private String postmortemKey;

    /**
     * The demo organisation (payments: checkout and ledger; storefront: search) with this user logged in. The
     * actions resource's other tests start from it too.
     */
    static TestOrganisation loggedIn(String username) {
        TestOrganisation org = new TestOrganisation();
        org.logIn(username);
        return org;
    }

    /** A P1 incident owned by checkout, resolved at {@code at}, and its postmortem, created by a developer of checkout. */
    static Postmortem checkoutPostmortem(TestOrganisation org, PostmortemService postmortems, Instant at, String incidentKey) {
        org.incident(incidentKey, Severity.P1, "checkout", List.of(), at.minusSeconds(7200), at);
        return postmortems.createFor(incidentKey, org.actor("dev-checkout")).postmortem();
    }

    @BeforeEach
    void aP1PostmortemOwnedByCheckout() {
        postmortemKey = checkoutPostmortem(org, postmortems, NOW, "INC-1").key();
    }

    @Test
    void raising_an_action_answers_201_with_its_json_and_a_repeat_answers_200_with_the_same_action() {
        String body = """
                {"summary": "Alert on error rate", "description": "Page at 2%", "type": "DETECT", "team": "checkout",
                 "priority": "HIGH", "requestId": "req-1"}""";
        Response created = call(() -> resource.raise(postmortemKey, body));
        Response repeated = call(() -> resource.raise(postmortemKey, body));

        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode action = json(created);
        assertThat(action.get("problemKey").asText()).startsWith("CHK-");
        assertThat(action.get("summary").asText()).isEqualTo("Alert on error rate");
        assertThat(action.get("type").asText()).isEqualTo("DETECT");
        assertThat(action.get("team").asText()).isEqualTo("checkout");
        assertThat(action.get("platform").asText()).isEqualTo("payments");
        assertThat(action.get("priority").asText()).isEqualTo("HIGH");
        assertThat(action.get("dueDate").asText()).isEqualTo("2026-12-18");
        assertThat(action.get("status").asText()).isEqualTo("OPEN");
        assertThat(action.get("ticketDeleted").asBoolean()).isFalse();
        assertThat(action.get("overdue").asBoolean()).isFalse();
        assertThat(action.get("recurrence").asInt()).isEqualTo(1);
        assertThat(action.get("id").asLong()).isPositive();
        assertThat(repeated.getStatus()).isEqualTo(200);
        assertThat(json(repeated).get("id").asLong()).isEqualTo(action.get("id").asLong());
        assertThat(tickets.created).hasSize(1);

        JsonNode list = json(call(() -> resource.list(postmortemKey)));
        assertThat(list.get("actions")).hasSize(1);
        assertThat(list.get("summary").get("complete").asBoolean()).isFalse();
    }

    @Test
    void an_overridden_due_date_needs_its_reason() {
        Response refused = call(() -> resource.raise(postmortemKey, """
                {"summary": "s", "type": "REPAIR", "team": "checkout", "priority": "LOW", "requestId": "r",
                 "dueDate": "2027-03-01"}"""));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(json(refused).get("errors").has("dueDateReason")).isTrue();

        JsonNode action = json(call(() -> resource.raise(postmortemKey, """
                {"summary": "s", "type": "REPAIR", "team": "checkout", "priority": "LOW", "requestId": "r",
                 "dueDate": "2027-03-01", "dueDateReason": "Vendor delivery"}""")));
        assertThat(action.get("dueDate").asText()).isEqualTo("2027-03-01");
        assertThat(action.get("dueDateReason").asText()).isEqualTo("Vendor delivery");
    }

    @Test
    void bad_input_answers_400_naming_the_field() {
        assertThat(errorsOf(() -> resource.raise(postmortemKey, "{\"summary\":\"s\",\"type\":\"FIX\"}"))).containsOnlyKeys("type");
        assertThat(errorsOf(() -> resource.raise(postmortemKey, "{\"summary\":\"s\",\"priority\":\"urgent\"}"))).containsOnlyKeys("priority");
        assertThat(errorsOf(() -> resource.raise(postmortemKey, "{\"summary\":\"s\",\"dueDate\":\"18/12/2026\"}"))).containsOnlyKeys("dueDate");
        assertThat(errorsOf(() -> resource.raise(postmortemKey, "{\"summary\":\"s\",\"owner\":\"x\"}"))).containsOnlyKeys("owner");
        assertThat(errorsOf(() -> resource.raise(postmortemKey, "{}")))
                .containsOnlyKeys("summary", "type", "priority", "team", "requestId");
        assertThat(errorsOf(() -> resource.find(null, null, "CLOSED", null, null, null))).containsOnlyKeys("status");
        assertThat(errorsOf(() -> resource.find(null, null, null, "maybe", null, null))).containsOnlyKeys("overdue");
        assertThat(errorsOf(() -> resource.find(null, null, null, null, "0", null))).containsOnlyKeys("limit");
        assertThat(errorsOf(() -> resource.find(null, null, null, null, "501", null))).containsOnlyKeys("limit");
        assertThat(errorsOf(() -> resource.find(null, null, null, null, "ten", null))).containsOnlyKeys("limit");
        assertThat(errorsOf(() -> resource.find(null, null, null, null, null, "not-a-cursor"))).containsOnlyKeys("cursor");
        assertThat(errorsOf(() -> resource.find(null, null, null, null, null, ActionCursor.encode(7).substring(1))))
                .containsOnlyKeys("cursor");
        assertThat(tickets.created).isEmpty();
    }

    @Test
    void the_action_list_pages_with_a_limit_and_an_opaque_cursor_until_next_is_null() {
        for (int i = 0; i < 5; i++) {
            call(() -> resource.raise(postmortemKey, validBody("page-" + System.nanoTime())));
        }
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String from = cursor;
            JsonNode page = json(call(() -> resource.find(null, null, null, null, "2", from)));
            page.get("actions").forEach(a -> seen.add(a.get("problemKey").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        JsonNode all = json(call(() -> resource.find(null, null, null, null, null, null)));
        assertThat(all.get("actions")).hasSize(5);
        assertThat(all.get("next").isNull()).isTrue();
    }

    @Test
    void people_who_cannot_edit_get_403_and_a_host_refusal_keeps_the_hosts_reason() {
        org.logIn("outsider");
        assertThat(call(() -> resource.raise(postmortemKey, validBody("r1"))).getStatus()).isEqualTo(403);

        org.logIn("dev-checkout");
        tickets.refuseWith(new HostRefusedException("You cannot create issues in CHK.", true, null));
        Response forbidden = call(() -> resource.raise(postmortemKey, validBody("r2")));
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(json(forbidden).get("message").asText()).isEqualTo("You cannot create issues in CHK.");

        tickets.refuseWith(new HostRefusedException("Component is required.", false, "component"));
        Response invalid = call(() -> resource.raise(postmortemKey, validBody("r3")));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(json(invalid).get("errors").get("component").asText()).isEqualTo("Component is required.");
        assertThat(tickets.created).isEmpty();

        org.logIn(null);
        assertThat(call(() -> resource.list(postmortemKey)).getStatus()).isEqualTo(401);
    }

    @Test
    void the_action_list_filters_and_shows_only_browsable_projects() {
        call(() -> resource.raise(postmortemKey, validBody("r1")));
        call(() -> resource.raise(postmortemKey, validBody("r2").replace("\"checkout\"", "\"search\"")));

        assertThat(json(call(() -> resource.find("payments", null, null, null, null, null))).get("actions")).hasSize(1);
        assertThat(json(call(() -> resource.find(null, "search", "OPEN,IN_PROGRESS", "false", null, null))).get("actions")).hasSize(1);
        assertThat(json(call(() -> resource.find(null, null, "DONE", null, null, null))).get("actions")).isEmpty();
        org.hideProject("dev-checkout", "SRCH");
        JsonNode visible = json(call(() -> resource.find(null, null, null, null, null, null))).get("actions");
        assertThat(visible).hasSize(1);
        assertThat(visible.get(0).get("team").asText()).isEqualTo("checkout");
    }

    @Test
    void ideas_are_added_promoted_and_suggested() {
        JsonNode idea = json(call(() -> resource.addIdea(postmortemKey, "{\"summary\": \"Alert on checkout error rate\"}")));
        long ideaId = idea.get("id").asLong();
        assertThat(json(call(() -> resource.ideas(postmortemKey))).get("ideas")).hasSize(1);

        Response promoted = call(() -> resource.promote(postmortemKey, ideaId,
                "{\"type\": \"DETECT\", \"team\": \"checkout\", \"priority\": \"HIGH\"}"));
        assertThat(promoted.getStatus()).isEqualTo(201);
        assertThat(json(promoted).get("summary").asText()).isEqualTo("Alert on checkout error rate");
        assertThat(json(call(() -> resource.ideas(postmortemKey))).get("ideas").get(0).get("promotedTo").asLong())
                .isEqualTo(json(promoted).get("id").asLong());

        assertThat(json(call(() -> resource.suggestions(postmortemKey, ideaId))).get("suggestions")).isEmpty();
        Response sameAsItself = call(() -> resource.sameAs(postmortemKey, ideaId,
                "{\"kind\": \"ACTION\", \"id\": " + json(promoted).get("id").asLong() + "}"));
        assertThat(sameAsItself.getStatus()).isEqualTo(400);
        assertThat(json(sameAsItself).get("errors").has("target")).isTrue();
        assertThat(errorsOf(() -> resource.sameAs(postmortemKey, ideaId, "{\"kind\": \"TICKET\", \"id\": 1}"))).containsOnlyKeys("kind");
        assertThat(call(() -> resource.sameAs(postmortemKey, ideaId, "{\"clear\": true}")).getStatus()).isEqualTo(200);
        assertThat(call(() -> resource.promote(postmortemKey, 999, "{}")).getStatus()).isEqualTo(404);
    }

    @Test
    void history_lists_what_happened_to_an_action() {
        long id = json(call(() -> resource.raise(postmortemKey, validBody("r1")))).get("id").asLong();
        JsonNode changes = json(call(() -> resource.history(id))).get("changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("what").asText()).isEqualTo("RAISED");
    }

    private static String validBody(String requestId) {
        return "{\"summary\": \"Add alerting\", \"type\": \"PREVENT\", \"team\": \"checkout\", \"priority\": \"MEDIUM\", "
                + "\"requestId\": \"" + requestId + "\"}";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> errorsOf(Supplier<Response> request) {
        Response response = call(request);
        assertThat(response.getStatus()).isEqualTo(400);
        return Json.mapper().convertValue(json(response).get("errors"), Map.class);
    }
}
