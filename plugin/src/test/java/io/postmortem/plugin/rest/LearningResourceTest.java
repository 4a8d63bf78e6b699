package io.postmortem.plugin.rest;

import io.postmortem.core.learning.InMemoryLearning;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.access.Actors;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.LearningPolicy;
import io.postmortem.core.config.Policies;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.learning.LearningIndexer;
import io.postmortem.core.learning.LearningMarksService;
import io.postmortem.core.learning.Library;
import io.postmortem.core.learning.PostmortemExports;
import io.postmortem.core.learning.PostmortemOfTheMonth;
import io.postmortem.core.learning.PublicationNotifier;
import io.postmortem.core.learning.RelatedPostmortems;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.TestOrganisation;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.postmortem.plugin.rest.ResourceCalls.call;
import static io.postmortem.plugin.rest.ResourceCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learning resource over the real core use cases with in-memory ports; failures go through the API's one
 * exception mapper, as Jersey would send them.
 */
class LearningResourceTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    /** Alice and Bob are engineers on checkout and search, Mia is MIM, Olga may browse nothing. */
    private final TestOrganisation host = TestOrganisation.builder()
            .configuration(new Configuration(
                    new Directory(List.of(new Platform("payments", "Payments", "lena")),
                            List.of(new Team("checkout", "Checkout", "payments", "CHK", null, "team-checkout"),
                                    new Team("search", "Search", "payments", "SRCH", null, "team-search")),
                            "mim", "sre"),
                    IncidentMapping.defaults(), Policies.defaults(),
                    new LearningPolicy("engineering", LearningPolicy.DEFAULT_CATEGORIES)))
            .user("alice", "team-checkout", "engineering").user("bob", "team-search", "engineering")
            .user("mia", "mim").user("olga")
            .browseProjects((user, project) -> !"olga".equals(user))
            .browseIssues((user, issue) -> !"olga".equals(user))
            .editIssues((user, issue) -> true)
            .createIssues((user, project) -> true)
            .build();
    private final InMemoryPostmortems stored = new InMemoryPostmortems();
    private final InMemoryLearning ports = new InMemoryLearning();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final LearningIndexer indexer = new LearningIndexer(ports, stored, host, host, ports);
    private final PostmortemService postmortems = new PostmortemService(host, stored, stored, host, host, host, clock,
            List.of(), List.of(indexer, new PublicationNotifier(host, host, host, ports, ports, ports, host, host, clock,
            "https://jira.example.com")));
    private final PostmortemOfTheMonth awards = new PostmortemOfTheMonth(ports, stored, ports, host, host, host, host,
            host, clock, "https://jira.example.com");
    private final LearningResource resource = new LearningResource(new Actors(host, host, host),
            new Library(ports, host), ports, new RelatedPostmortems(host, stored, ports, ports, host),
            new PostmortemExports(postmortems, host, ports, host), new LearningMarksService(postmortems, ports, indexer, host),
            awards, host);
    private String checkout;
    private String search;

    @BeforeEach
    void publishTwo() {
        checkout = publish("INC-1", "checkout", "Checkout errors", new RootCause("Retry storm exhausted the pool", "dependency"));
        search = publish("INC-2", "search", "Search slow", new RootCause("Cache eviction bug", "code-defect"));
    }

    @Test
    void the_library_finds_by_root_cause_word_and_hides_what_the_viewer_cannot_browse() {
        host.logIn("bob");
        JsonNode body = json(call(() -> resource.search("retr", null, null, null, null, null, null, null, null, null)));
        assertThat(body.path("results")).hasSize(1);
        assertThat(body.path("results").get(0).path("postmortemKey").asText()).isEqualTo(checkout);
        assertThat(body.path("results").get(0).path("path").asText()).isEqualTo("/browse/" + checkout);
        assertThat(body.path("categories")).hasSize(8);

        host.hide("INC-1", "bob");
        assertThat(json(call(() -> resource.search("retr", null, null, null, null, null, null, null, null, null)))
                .path("results")).isEmpty();
    }

    @Test
    void bad_library_parameters_are_400s_naming_the_parameter() {
        host.logIn("bob");
        assertThat(errors(call(() -> resource.search(null, null, null, null, "P9", null, null, null, null, null)))).containsKey("severity");
        assertThat(errors(call(() -> resource.search(null, null, null, null, null, "weather", null, null, null, null)))).containsKey("category");
        assertThat(errors(call(() -> resource.search(null, null, null, null, null, null, null, "yesterday", null, null)))).containsKey("from");
        assertThat(errors(call(() -> resource.search(null, null, null, null, null, null, null, null, null, "500")))).containsKey("limit");
        assertThat(json(call(() -> resource.search(null, null, null, null, "p3", "Code-Defect", null, "2026-11-20",
                "2026-11-20", "5"))).path("results")).hasSize(1);
    }

    @Test
    void tags_are_set_by_the_teams_and_filter_the_library() {
        host.logIn("bob");
        assertThat(call(() -> resource.tags(checkout, "{\"tags\":[\"pool\"]}")).getStatus()).isEqualTo(403);
        assertThat(errors(call(() -> resource.tags(search, "{\"tags\":[\"no spaces\"]}")))).containsKey("tags[0]");
        assertThat(call(() -> resource.tags(search, "{\"tags\":[\"Cache\"]}")).getStatus()).isEqualTo(200);
        JsonNode body = json(call(() -> resource.search(null, null, null, null, null, null, "cache", null, null, null)));
        assertThat(body.path("results").get(0).path("tags").get(0).asText()).isEqualTo("cache");
    }

    @Test
    void sharing_widely_is_for_the_facilitator_mim_and_sre() {
        host.logIn("bob");
        assertThat(call(() -> resource.sharing(checkout, "{\"shareWidely\":true}")).getStatus()).isEqualTo(403);
        host.logIn("mia");
        assertThat(errors(call(() -> resource.sharing(checkout, "{}")))).containsKey("shareWidely");
        assertThat(json(call(() -> resource.sharing(checkout, "{\"shareWidely\":true}"))).path("shareWidely").asBoolean()).isTrue();
    }

    @Test
    void the_marks_say_what_the_viewer_may_change() {
        host.logIn("bob");
        JsonNode outsider = json(call(() -> resource.learningMarks(checkout)));
        assertThat(outsider.path("can").path("shareWidely").asBoolean()).isFalse();
        assertThat(outsider.path("can").path("tag").asBoolean()).isFalse();
        JsonNode facilitatingTeam = json(call(() -> resource.learningMarks(search)));
        assertThat(facilitatingTeam.path("can").path("shareWidely").asBoolean()).isTrue();
        assertThat(facilitatingTeam.path("can").path("tag").asBoolean()).isTrue();
        host.logIn("mia");
        call(() -> resource.sharing(checkout, "{\"shareWidely\":true}"));
        JsonNode mim = json(call(() -> resource.learningMarks(checkout)));
        assertThat(mim.path("shareWidely").asBoolean()).isTrue();
        assertThat(mim.path("can").path("shareWidely").asBoolean()).isTrue();
        assertThat(mim.path("can").path("tag").asBoolean()).isTrue();
    }

    @Test
    void exports_come_with_their_content_type_and_a_file_name() {
        host.logIn("alice");
        Response markdown = call(() -> resource.export(checkout, "markdown"));
        assertThat(markdown.getStatus()).isEqualTo(200);
        assertThat(markdown.getMediaType().toString()).startsWith("text/markdown");
        assertThat(markdown.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"" + checkout + ".md\"");
        assertThat((String) markdown.getEntity()).contains("## Summary").contains("- [dependency] Retry storm exhausted the pool");
        assertThat(call(() -> resource.export(checkout, "confluence")).getEntity().toString()).contains("<h2>Impact</h2>");
        assertThat(call(() -> resource.export(checkout, "html")).getMediaType().toString()).startsWith("text/html");
        assertThat(errors(call(() -> resource.export(checkout, "pdf")))).containsKey("format");
        host.logIn("olga");
        assertThat(call(() -> resource.export(checkout, "markdown")).getStatus()).isEqualTo(403);
    }

    @Test
    void nominate_vote_once_and_mim_confirms_the_featured_winner() {
        host.logIn("alice");
        Response nominated = call(() -> resource.nominate(checkout, "{\"reason\":\"Clear timeline\"}"));
        assertThat(nominated.getStatus()).isEqualTo(201);
        long id = json(nominated).path("id").asLong();
        assertThat(errors(call(() -> resource.nominate(search, "{}")))).containsKey("reason");

        assertThat(json(call(() -> resource.vote(String.valueOf(id)))).path("votes").asInt()).isEqualTo(1);
        Response again = call(() -> resource.vote(String.valueOf(id)));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json(again).path("message").asText()).contains("already voted in November 2026");
        assertThat(errors(call(() -> resource.nominations("November")))).containsKey("month");
        assertThat(json(call(() -> resource.nominations("2026-11"))).path("nominations").get(0).path("votes").asInt()).isEqualTo(1);

        assertThat(call(() -> resource.confirmWinner("2026-11", "{\"postmortemKey\":\"" + checkout + "\"}")).getStatus()).isEqualTo(403);
        host.logIn("mia");
        assertThat(errors(call(() -> resource.confirmWinner("2026-11", "{}")))).containsKey("postmortemKey");
        assertThat(call(() -> resource.confirmWinner("2026-11", "{\"postmortemKey\":\"" + checkout + "\"}")).getStatus()).isEqualTo(200);
        assertThat(json(call(() -> resource.winner("2026-11"))).path("winner").path("postmortemKey").asText()).isEqualTo(checkout);
        assertThat(json(call(() -> resource.winner("2026-10"))).path("winner").isNull()).isTrue();
        assertThat(json(call(() -> resource.search(null, null, null, null, null, null, null, null, null, null)))
                .path("featured").path("title").asText()).isEqualTo("Checkout errors");
        assertThat(host.outbox).anyMatch(mail -> mail.subject().startsWith("Postmortem of the month, November 2026"));
    }

    @Test
    void related_postmortems_are_listed_for_an_incident_the_viewer_can_browse() {
        host.incident(incident("INC-3", "checkout", "Checkout errors again"));
        host.logIn("alice");
        JsonNode related = json(call(() -> resource.related("INC-3"))).path("related");
        assertThat(related).hasSize(1);
        assertThat(related.get(0).path("postmortemKey").asText()).isEqualTo(checkout);
        assertThat(related.get(0).path("sharedTeams").get(0).asText()).isEqualTo("checkout");
        host.logIn("olga");
        assertThat(call(() -> resource.related("INC-3")).getStatus()).isEqualTo(403);
        host.logIn(null);
        assertThat(call(() -> resource.related("INC-3")).getStatus()).isEqualTo(401);
    }

    private String publish(String incidentKey, String team, String title, RootCause cause) {
        host.incident(incident(incidentKey, team, title));
        var mia = new Actors(host, host, host).of("mia");
        Postmortem created = postmortems.createFor(incidentKey, mia).postmortem();
        postmortems.update(created.key(), new ContentChange(Map.of(Section.SUMMARY, title + " summary",
                Section.IMPACT, "Errors for 40 minutes."), Optional.of(List.of(cause)), Optional.empty(), null), mia);
        postmortems.transition(created.key(), PostmortemStatus.IN_REVIEW, mia);
        return postmortems.transition(created.key(), PostmortemStatus.PUBLISHED, mia).key();
    }

    private static Incident incident(String key, String team, String title) {
        return new Incident(key, "INC", title, Severity.P3, team, List.of(), List.of(), NOW.minusSeconds(7200),
                NOW.minusSeconds(7200), NOW.minusSeconds(7000), NOW.minusSeconds(3600), "alice", null);
    }

    private static Map<String, String> errors(Response response) {
        assertThat(response.getStatus()).isEqualTo(400);
        Map<String, String> errors = new java.util.HashMap<>();
        json(response).path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
        return errors;
    }
}
