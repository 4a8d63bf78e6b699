package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.access.Actors;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionChange;
import io.postmortem.core.action.ActionCount;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.action.ActionQueries;
import io.postmortem.core.action.Ideas;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.core.action.Idea;
import io.postmortem.core.action.IdeaRepository;
import io.postmortem.core.action.ItemRef;
import io.postmortem.core.action.ProblemTicketRequest;
import io.postmortem.core.action.ProblemTickets;
import io.postmortem.core.action.TicketState;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryPostmortems;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actions resource over the real use cases with in-memory ports; failures go through the API's exception
 * mapper as they would over HTTP.
 */
class ActionsResourceTest {
    /** Friday 20 November 2026, 15:30 UTC (London is on UTC in November). */
    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");

    private final Host host = new Host();
    private final InMemoryPostmortems stored = new InMemoryPostmortems();
    private final PostmortemService postmortems = new PostmortemService(host, stored, stored, host, host, host,
            Clock.fixed(NOW, ZoneOffset.UTC), List.of(), List.of());
    private final ActionsResource resource = new ActionsResource(new Actors(host, host, host),
            new RaiseAction(postmortems, host, host, host, host, Clock.fixed(NOW, ZoneOffset.UTC)),
            new ActionQueries(postmortems, host, host, host, host, Clock.fixed(NOW, ZoneOffset.UTC)),
            new Ideas(postmortems, stored, host, host, host, host, Clock.fixed(NOW, ZoneOffset.UTC)));
    private String postmortemKey;

    @BeforeEach
    void aP1PostmortemOwnedByCheckout() {
        host.incidents.put("INC-1", new Incident("INC-1", "INC", "Checkout errors", Severity.P1, "checkout", List.of(),
                List.of(), NOW.minusSeconds(7200), null, null, NOW, "dev", null));
        host.loggedIn = "dev";
        postmortemKey = postmortems.createFor("INC-1", host.actors().of("dev")).postmortem().key();
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
        assertThat(host.created).hasSize(1);

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
        assertThat(host.created).isEmpty();
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
        host.loggedIn = "stranger";
        assertThat(call(() -> resource.raise(postmortemKey, validBody("r1"))).getStatus()).isEqualTo(403);

        host.loggedIn = "dev";
        host.refusal = new HostRefusedException("You cannot create issues in CHK.", true, null);
        Response forbidden = call(() -> resource.raise(postmortemKey, validBody("r2")));
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(json(forbidden).get("message").asText()).isEqualTo("You cannot create issues in CHK.");

        host.refusal = new HostRefusedException("Component is required.", false, "component");
        Response invalid = call(() -> resource.raise(postmortemKey, validBody("r3")));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(json(invalid).get("errors").get("component").asText()).isEqualTo("Component is required.");
        assertThat(host.created).isEmpty();

        host.loggedIn = null;
        assertThat(call(() -> resource.list(postmortemKey)).getStatus()).isEqualTo(401);
    }

    @Test
    void the_action_list_filters_and_shows_only_browsable_projects() {
        call(() -> resource.raise(postmortemKey, validBody("r1")));
        call(() -> resource.raise(postmortemKey, validBody("r2").replace("\"checkout\"", "\"search\"")));

        assertThat(json(call(() -> resource.find("payments", null, null, null, null, null))).get("actions")).hasSize(1);
        assertThat(json(call(() -> resource.find(null, "search", "OPEN,IN_PROGRESS", "false", null, null))).get("actions")).hasSize(1);
        assertThat(json(call(() -> resource.find(null, null, "DONE", null, null, null))).get("actions")).isEmpty();
        host.hidden.add("SRCH");
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

    private static Response call(Supplier<Response> request) {
        try {
            return request.get();
        } catch (RuntimeException failure) {
            return new ApiExceptionMapper().toResponse(failure);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> errorsOf(Supplier<Response> request) {
        Response response = call(request);
        assertThat(response.getStatus()).isEqualTo(400);
        return Json.mapper().convertValue(json(response).get("errors"), Map.class);
    }

    private static JsonNode json(Response response) {
        try {
            return Json.mapper().readTree((String) response.getEntity());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The host's ports in memory: one organisation (payments: checkout; storefront: search). */
    static final class Host implements CurrentUser, People, Permissions, IncidentTickets, ConfigurationStore,
            ClusterLocks, ActionRepository, IdeaRepository, ProblemTickets {
        final Map<String, Incident> incidents = new ConcurrentHashMap<>();
        final Map<Long, Action> actions = new ConcurrentHashMap<>();
        final Map<Long, Idea> ideas = new ConcurrentHashMap<>();
        final List<ActionChange> changes = new ArrayList<>();
        final Map<String, TicketState> tickets = new ConcurrentHashMap<>();
        final List<String> created = new ArrayList<>();
        final Set<String> hidden = ConcurrentHashMap.newKeySet();
        final AtomicLong ids = new AtomicLong(1);
        volatile String loggedIn;
        volatile HostRefusedException refusal;
        private final Configuration configuration = Configuration.defaults().withDirectory(new Directory(
                List.of(new Platform("payments", "Payments", "lead-p"), new Platform("storefront", "Storefront", "lead-s")),
                List.of(new Team("checkout", "Checkout", "payments", "CHK", null, "team-checkout"),
                        new Team("search", "Search", "storefront", "SRCH", null, "team-search")),
                "mim", "sre"));

        Actors actors() {
            return new Actors(this, this, this);
        }

        public Optional<String> username() { return Optional.ofNullable(loggedIn); }
        public Optional<Person> person(String u) { return Optional.empty(); }
        public Set<String> groupsOf(String u) { return "dev".equals(u) ? Set.of("team-checkout") : Set.of(); }
        public List<String> membersOf(String g) { return "team-checkout".equals(g) ? List.of("dev") : List.of(); }
        public boolean groupExists(String g) { return true; }
        public List<Person> everyone() { return List.of(); }
        public boolean isAdministrator(String u) { return false; }
        public boolean canBrowseProject(String u, String p) { return !hidden.contains(p); }
        public boolean canBrowseIssue(String u, String k) { return true; }
        public boolean canEditIssue(String u, String k) { return "dev".equals(u); }
        public boolean canCreateIssue(String u, String p) { return true; }
        public Optional<Incident> find(String k) { return Optional.ofNullable(incidents.get(k)); }
        public boolean exists(String k) { return incidents.containsKey(k); }
        public List<IncidentEvent> history(String k) { return List.of(); }
        public Configuration load() { return configuration; }
        public void save(Configuration c, String a, List<String> ch) { throw new UnsupportedOperationException(); }
        public List<AuditEntry> audit(int l) { return List.of(); }
        public <T> T withLock(String name, Supplier<T> work) { synchronized (this) { return work.get(); } }

        public synchronized Action insert(Action a) {
            if (byRequestId(a.requestId()).isPresent()) {
                throw new DuplicateRequestException(a.requestId());
            }
            Action stored = a.withId(ids.getAndIncrement());
            actions.put(stored.id(), stored);
            return stored;
        }
        public Action update(Action a) { actions.put(a.id(), a); return a; }
        public Optional<Action> byId(long id) { return Optional.ofNullable(actions.get(id)); }
        public Optional<Action> byRequestId(String r) { return actions.values().stream().filter(a -> a.requestId().equals(r)).findFirst(); }
        public Optional<Action> byProblemKey(String k) { return actions.values().stream().filter(a -> k.equals(a.problemKey())).findFirst(); }
        public List<Action> byPostmortem(String k) { return find(ActionFilter.any()).stream().filter(a -> a.postmortemKey().equals(k)).toList(); }
        public List<Action> find(ActionFilter f) { return actions.values().stream().filter(f::matches).sorted(Comparator.comparingLong(Action::id)).toList(); }
        public List<ActionCount> count(ActionFilter f, Grouping g, LocalDate today) { throw new UnsupportedOperationException(); }
        public java.util.Set<String> projectKeys() { return actions.values().stream().map(Action::projectKey).collect(java.util.stream.Collectors.toSet()); }
        public List<Action> page(ActionFilter f, java.util.Set<String> projects, long after, int limit) {
            return find(f).stream().filter(a -> a.id() > after && (projects == null || projects.contains(a.projectKey()))).limit(limit).toList();
        }
        public List<Action> withSummaryWords(java.util.Set<String> words, Instant before, int limit) {
            return actions.values().stream().filter(a -> a.createdAt().isBefore(before) && words.stream().anyMatch(a.summary()::contains))
                    .sorted(Comparator.comparing(Action::createdAt).reversed()).limit(limit).toList();
        }
        public Optional<Action> byIdea(long id) { return actions.values().stream().filter(a -> Long.valueOf(id).equals(a.ideaId())).findFirst(); }
        public synchronized void record(ActionChange c) { changes.add(c); }
        public synchronized List<ActionChange> history(long id) { return changes.stream().filter(c -> c.actionId() == id).toList(); }
        public Idea insert(Idea i) { Idea stored = i.withId(ids.getAndIncrement()); ideas.put(stored.id(), stored); return stored; }
        public Idea update(Idea i) { ideas.put(i.id(), i); return i; }
        public Optional<Idea> idea(long id) { return Optional.ofNullable(ideas.get(id)); }
        public List<Idea> ideasOf(String k) { return ideas.values().stream().filter(i -> i.postmortemKey().equals(k)).sorted(Comparator.comparingLong(Idea::id)).toList(); }
        public List<Idea> ideasSameAs(ItemRef r) { return ideas.values().stream().filter(i -> r.equals(i.sameAs())).toList(); }
        public List<Idea> ideasCreatedBefore(Instant t) { return ideas.values().stream().filter(i -> i.createdAt().isBefore(t)).toList(); }
        public List<Idea> unpromotedWithSummaryWords(java.util.Set<String> words, Instant before, int limit) {
            return ideas.values().stream().filter(i -> !i.isPromoted() && i.createdAt().isBefore(before) && words.stream().anyMatch(i.summary()::contains))
                    .sorted(Comparator.comparing(Idea::createdAt).reversed()).limit(limit).toList();
        }

        public synchronized String create(ProblemTicketRequest request, String user) {
            if (refusal != null) {
                throw refusal;
            }
            String key = request.projectKey() + "-" + ids.getAndIncrement();
            tickets.put(key, new TicketState(key, request.projectKey(), TicketState.Phase.TO_DO, null, null));
            created.add(key);
            ticketRequests.put(request.requestId(), key);
            return key;
        }
        final Map<String, String> ticketRequests = new java.util.concurrent.ConcurrentHashMap<>();
        public Optional<String> findByRequest(String requestId) {
            return Optional.ofNullable(ticketRequests.get(requestId)).filter(tickets::containsKey);
        }
        public Optional<TicketState> status(String key) { return Optional.ofNullable(tickets.get(key)); }
        public void delete(String key) { tickets.remove(key); created.remove(key); }
    }
}
