package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.timeline.TimelineParticipation;
import io.postmortem.core.timeline.TimelineService;
import io.postmortem.core.testing.InMemoryImpactedTeams;
import io.postmortem.core.testing.InMemoryTimelineRepository;
import io.postmortem.core.testing.TestOrganisation;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.postmortem.plugin.rest.ResourceCalls.call;
import static io.postmortem.plugin.rest.ResourceCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline resource over the real core use case with in-memory ports; failures go through the API's one
 * exception mapper, as Jersey would send them.
 */
class TimelineResourceTest {
    private static final String KEY = "INC-7";
    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");

    private final InMemoryTimelineRepository memory = new InMemoryTimelineRepository();
    private final InMemoryImpactedTeams teams = new InMemoryImpactedTeams();
    private final boolean[] editable = {true};

    private final Directory directory = new Directory(List.of(new Platform("commerce", "Commerce", "lena")),
            List.of(new Team("payments", "Payments", "commerce", "PAY", null, "team-payments"),
                    new Team("search", "Search", "commerce", "SRCH", null, "team-search"),
                    new Team("identity", "Identity", "commerce", "IDN", null, "team-identity")),
            "major-incident-management", "site-reliability-engineering");

    /**
     * alice (Berlin) and bob (New York) are on payments and search, mia is MIM, olga may browse nothing; only alice's
     * and bob's profiles name a time zone.
     */
    private final TestOrganisation jira = TestOrganisation.builder()
            .directory(directory)
            .user("alice", "team-payments").user("bob", "team-search").user("mia", "major-incident-management")
            .user("olga")
            .zone("alice", ZoneId.of("Europe/Berlin")).zone("bob", ZoneId.of("America/New_York"))
            .withoutProfile("mia", "olga", "ivan")
            .loggedIn("alice")
            .incidents(key -> key.equals(KEY) ? Optional.of(new Incident(KEY, "INC", "Checkout errors", Severity.P2,
                    "payments", List.of("search"), List.of(), Instant.parse("2026-03-10T13:00:00Z"),
                    Instant.parse("2026-03-10T12:00:00Z"), null, null, "alice", "bob")) : Optional.empty())
            .browseProjects((user, project) -> !user.equals("olga") && project.equals("INC"))
            .browseIssues((user, issue) -> !user.equals("olga"))
            .editIssues((user, issue) -> false)
            .createIssues((user, project) -> false)
            .build();

    private final TimelineParticipation participation = new TimelineParticipation() {
        @Override
        public Optional<Facilitator> facilitatorOf(String incidentKey) {
            return Optional.of(new Facilitator(Facilitator.Type.MIM, "major-incident-management"));
        }

        @Override
        public boolean editable(String incidentKey) {
            return editable[0];
        }
    };

    private final TimelineResource resource = new TimelineResource(
            new TimelineService(jira, memory, teams, participation, jira, jira, jira, jira,
                    Clock.fixed(NOW, ZoneOffset.UTC)),
            jira.actors());

    private Response post(String user, String body) {
        jira.logIn(user);
        return call(() -> resource.add(KEY, body));
    }

    @Test
    void get_answers_entries_in_the_viewers_zone_with_teams_milestones_metrics_and_warnings() {
        post("bob", "{\"at\":\"2026-03-10T08:13\",\"team\":\"search\",\"kind\":\"DETECTED\",\"text\":\"Alert\"}");
        post("alice", "{\"at\":\"2026-03-10T13:10:00+01:00\",\"team\":\"payments\",\"kind\":\"DETECTED\","
                + "\"text\":\"Errors seen\",\"evidence\":\"https://grafana.example.com/d/pay\"}");

        jira.logIn("alice");
        Response response = call(() -> resource.view(KEY));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("zone").asText()).isEqualTo("Europe/Berlin");
        JsonNode first = body.get("entries").get(0);
        assertThat(first.get("at").asText()).isEqualTo("2026-03-10T13:10:00+01:00");
        assertThat(first.get("team").asText()).isEqualTo("payments");
        assertThat(first.get("author").asText()).isEqualTo("alice");
        assertThat(first.get("kind").asText()).isEqualTo("DETECTED");
        assertThat(first.get("evidence").asText()).isEqualTo("https://grafana.example.com/d/pay");
        assertThat(first.get("source").asText()).isEqualTo("PERSON");
        assertThat(first.get("possibleDuplicate").asBoolean()).isTrue();
        assertThat(first.get("editable").asBoolean()).isTrue();
        JsonNode second = body.get("entries").get(1);
        // bob typed 08:13 in New York (UTC-4): 12:13Z, 13:13 in Berlin, 3 minutes after alice: a possible duplicate.
        assertThat(second.get("at").asText()).isEqualTo("2026-03-10T13:13:00+01:00");
        assertThat(second.get("team").asText()).isEqualTo("search");
        assertThat(second.get("editable").asBoolean()).isFalse();
        assertThat(second.get("possibleDuplicateOf").get(0).asLong()).isEqualTo(first.get("id").asLong());
        assertThat(second.get("evidence").isNull()).isTrue();
        assertThat(body.at("/milestones/impactStarted/origin").asText()).isEqualTo("INCIDENT_FIELD");
        assertThat(body.at("/milestones/impactStarted/at").asText()).isEqualTo("2026-03-10T13:00:00+01:00");
        assertThat(body.at("/milestones/detected/origin").asText()).isEqualTo("ENTRY");
        assertThat(body.at("/milestones/mitigated").isNull()).isTrue();
        assertThat(body.at("/metrics/timeToDetectMinutes").asLong()).isEqualTo(10L);
        assertThat(body.at("/metrics/timeToMitigateMinutes").isNull()).isTrue();
        assertThat(body.at("/metrics/timeToResolveMinutes").isNull()).isTrue();
        assertThat(body.get("warnings").isArray()).isTrue();
        assertThat(body.get("warnings")).isEmpty();
    }

    @Test
    void a_viewer_without_a_zone_sees_the_business_calendar_zone() {
        post("alice", "{\"at\":\"2026-03-10T12:30:00Z\",\"team\":\"payments\",\"kind\":\"NOTE\",\"text\":\"x\"}");
        jira.logIn("mia");

        JsonNode body = json(call(() -> resource.view(KEY)));

        assertThat(body.get("zone").asText()).isEqualTo("Europe/London");
        assertThat(body.at("/entries/0/at").asText()).isEqualTo("2026-03-10T12:30:00Z");
    }

    @Test
    void post_answers_201_with_the_entry() {
        Response response = post("alice",
                "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\",\"kind\":\"mitigated\",\"text\":\"Failover\"}");

        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode entry = json(response);
        assertThat(entry.get("id").asLong()).isPositive();
        assertThat(entry.get("at").asText()).isEqualTo("2026-03-10T13:05:00+01:00");
        assertThat(entry.get("kind").asText()).isEqualTo("MITIGATED");
        assertThat(memory.stored(KEY)).hasSize(1);
    }

    @Test
    void an_unknown_kind_is_a_400_on_kind_and_other_fields_are_named_too() {
        Response unknownKind = post("alice",
                "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\",\"kind\":\"OUTAGE\",\"text\":\"x\"}");
        Response badTime = post("alice",
                "{\"at\":\"tuesday\",\"team\":\"payments\",\"kind\":\"NOTE\",\"text\":\"x\"}");
        Response kindNotText = post("alice",
                "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\",\"kind\":7,\"text\":\"x\"}");
        Response extraField = post("alice",
                "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\",\"kind\":\"NOTE\",\"text\":\"x\",\"id\":3}");
        Response badEvidence = post("alice", "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\","
                + "\"kind\":\"NOTE\",\"text\":\"x\",\"evidence\":\"file:///etc/passwd\"}");

        assertThat(unknownKind.getStatus()).isEqualTo(400);
        assertThat(json(unknownKind).get("errors").fieldNames()).toIterable().containsExactly("kind");
        assertThat(json(badTime).get("errors").fieldNames()).toIterable().containsExactly("at");
        assertThat(json(kindNotText).get("errors").fieldNames()).toIterable().containsExactly("kind");
        assertThat(json(extraField).get("errors").fieldNames()).toIterable().containsExactly("id");
        assertThat(json(badEvidence).get("errors").fieldNames()).toIterable().containsExactly("evidence");
        assertThat(memory.stored(KEY)).isEmpty();
    }

    @Test
    void permission_failures_are_403_and_an_unknown_incident_404() {
        Response nonMember = post("bob", "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\",\"kind\":\"NOTE\","
                + "\"text\":\"x\"}");
        jira.logIn("olga");
        Response outsider = call(() -> resource.view(KEY));
        Response unknown = call(() -> resource.view("INC-404"));
        jira.logIn(null);
        Response anonymous = call(() -> resource.view(KEY));

        assertThat(nonMember.getStatus()).isEqualTo(403);
        assertThat(outsider.getStatus()).isEqualTo(403);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(anonymous.getStatus()).isEqualTo(401);
    }

    @Test
    void put_and_delete_change_own_entries_and_history_keeps_every_version() {
        JsonNode created = json(post("alice", "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\",\"kind\":\"NOTE\","
                + "\"text\":\"first\"}"));
        long id = created.get("id").asLong();
        String version = created.get("version").asText();

        jira.logIn("bob");
        Response foreign = call(() -> resource.delete(KEY, String.valueOf(id)));
        jira.logIn("alice");
        Response edited = call(() -> resource.edit(KEY, String.valueOf(id), "{\"at\":\"2026-03-10T13:06\","
                + "\"team\":\"payments\",\"kind\":\"ACTION\",\"text\":\"second\",\"version\":\"" + version + "\"}"));
        Response deleted = call(() -> resource.delete(KEY, String.valueOf(id)));
        Response again = call(() -> resource.delete(KEY, String.valueOf(id)));
        Response notAnId = call(() -> resource.delete(KEY, "abc"));
        JsonNode history = json(call(() -> resource.history(KEY, String.valueOf(id))));

        assertThat(foreign.getStatus()).isEqualTo(403);
        assertThat(edited.getStatus()).isEqualTo(200);
        assertThat(json(edited).get("text").asText()).isEqualTo("second");
        assertThat(deleted.getStatus()).isEqualTo(204);
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(notAnId.getStatus()).isEqualTo(404);
        assertThat(history).extracting(r -> r.get("change").asText()).containsExactly("CREATED", "EDITED", "DELETED");
        assertThat(history.get(1).get("text").asText()).isEqualTo("second");
        assertThat(json(call(() -> resource.view(KEY))).get("entries")).isEmpty();
    }

    @Test
    void an_edit_made_on_a_stale_version_is_a_409_and_changes_nothing() {
        JsonNode created = json(post("alice", "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\",\"kind\":\"NOTE\","
                + "\"text\":\"first\"}"));
        String id = created.get("id").asText();
        String opened = created.get("version").asText();
        jira.logIn("alice");
        Response mine = call(() -> resource.edit(KEY, id, "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\","
                + "\"kind\":\"NOTE\",\"text\":\"from tab one\",\"version\":\"" + opened + "\"}"));
        Response stale = call(() -> resource.edit(KEY, id, "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\","
                + "\"kind\":\"NOTE\",\"text\":\"from tab two\",\"version\":\"" + opened + "\"}"));
        Response unversioned = call(() -> resource.edit(KEY, id, "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\","
                + "\"kind\":\"NOTE\",\"text\":\"no version\"}"));

        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(json(mine).get("version").asText()).isNotEqualTo(opened);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(unversioned.getStatus()).isEqualTo(400);
        assertThat(json(unversioned).get("errors").has("version")).isTrue();
        assertThat(json(call(() -> resource.view(KEY))).get("entries").get(0).get("text").asText()).isEqualTo("from tab one");
    }

    @Test
    void a_closed_timeline_answers_409() {
        editable[0] = false;

        Response response = post("alice", "{\"at\":\"2026-03-10T13:05\",\"team\":\"payments\",\"kind\":\"NOTE\","
                + "\"text\":\"x\"}");

        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void import_adds_the_history_once() {
        jira.setHistory(KEY, List.of(
                new IncidentEvent("1", Instant.parse("2026-03-10T13:00:00Z"), "alice",
                        IncidentEvent.Kind.CREATED, null, null),
                new IncidentEvent("2", Instant.parse("2026-03-10T15:00:00Z"), "bob",
                        IncidentEvent.Kind.RESOLVED, null, "Fixed")));
        jira.logIn("alice");

        JsonNode first = json(call(() -> resource.importFromIncident(KEY)));
        JsonNode second = json(call(() -> resource.importFromIncident(KEY)));

        assertThat(first.get("imported").asInt()).isEqualTo(2);
        assertThat(first.get("entries")).extracting(e -> e.get("source").asText() + "/" + e.get("team").asText())
                .containsExactly("INCIDENT_HISTORY/payments", "INCIDENT_HISTORY/payments");
        assertThat(second.get("imported").asInt()).isZero();
        assertThat(json(call(() -> resource.view(KEY))).at("/metrics/timeToResolveMinutes").asLong())
                .isEqualTo(180L);
    }

    @Test
    void the_facilitator_adds_teams_whose_members_then_write() {
        jira.user("ivan", "team-identity");
        String ivansEntry = "{\"at\":\"2026-03-10T13:05\",\"team\":\"identity\",\"kind\":\"NOTE\",\"text\":\"x\"}";
        Response before = post("ivan", ivansEntry);

        jira.logIn("alice");
        Response notFacilitator = call(() -> resource.addImpactedTeam(KEY, "{\"team\":\"identity\"}"));
        jira.logIn("mia");
        Response added = call(() -> resource.addImpactedTeam(KEY, "{\"team\":\"identity\"}"));
        Response unknownTeam = call(() -> resource.addImpactedTeam(KEY, "{\"team\":\"billing\"}"));
        Response after = post("ivan", ivansEntry);

        assertThat(before.getStatus()).isEqualTo(400);
        assertThat(json(before).get("errors").has("team")).isTrue();
        assertThat(notFacilitator.getStatus()).isEqualTo(403);
        assertThat(added.getStatus()).isEqualTo(200);
        assertThat(json(added).get("impactedTeams")).extracting(JsonNode::asText)
                .containsExactly("payments", "search", "identity");
        assertThat(json(unknownTeam).get("errors").has("team")).isTrue();
        assertThat(after.getStatus()).isEqualTo(201);
    }
}
