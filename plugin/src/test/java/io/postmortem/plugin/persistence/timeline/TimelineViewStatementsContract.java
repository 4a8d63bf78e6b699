package io.postmortem.plugin.persistence.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.access.Actors;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.timeline.PostmortemTimelineParticipation;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.timeline.EntryContent;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.EntryRevision;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.core.timeline.TimelineService;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.plugin.persistence.postmortem.PostmortemEntity;
import io.postmortem.plugin.persistence.postmortem.PostmortemRevisionEntity;
import io.postmortem.plugin.rest.Json;
import io.postmortem.plugin.rest.TimelineResource;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline panel's GET costs the same number of SQL statements with 10 entries as with 2,000: every statement
 * the Active Objects library prepares on the JDBC connection is counted (its SQL listener sees each one), over real
 * tables for entries, added teams and the postmortem. A query per entry anywhere on the path would make them differ.
 */
abstract class TimelineViewStatementsContract extends ActiveObjectsTestCase {
    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
    /** Impacted teams, facilitator, editable, entries: one statement each. */
    private static final int BUDGET = 4;

    private AoTimelineRepository repository;
    private TimelineResource resource;

    @BeforeEach
    void assemble() {
        ao.migrate(TimelineEntryEntity.class, TimelineRevisionEntity.class, ImpactedTeamEntity.class,
                PostmortemEntity.class, PostmortemRevisionEntity.class);
        repository = new AoTimelineRepository(ao);
        AoImpactedTeams teams = new AoImpactedTeams(ao);
        AoPostmortemRepository postmortems = new AoPostmortemRepository(ao);
        TestOrganisation host = TimelineViewOrganisation.create();
        TimelineService service = new TimelineService(host, repository, teams,
                new PostmortemTimelineParticipation(postmortems), host, host, host, host,
                Clock.fixed(NOW, ZoneOffset.UTC));
        resource = new TimelineResource(service, new Actors(() -> Optional.of("alice"), host, host));
        for (String incident : List.of("INC-10", "INC-2000")) {
            postmortems.insert(new Postmortem("PM-" + incident, incident, Severity.P2, null, null, PostmortemStatus.DRAFT,
                    LocalDate.of(2026, 3, 13), new Facilitator(Facilitator.Type.MIM, "mim"), Map.of(), List.of(),
                    null, null, NOW, null, null, 0));
            teams.add(incident, "identity", "mia", NOW);
        }
    }

    @Test
    void the_timeline_get_issues_as_many_statements_for_2000_entries_as_for_10() {
        seed("INC-10", 10);
        seed("INC-2000", 2_000);

        Measured small = measureGet("INC-10");
        Measured large = measureGet("INC-2000");

        assertThat(small.entries()).isEqualTo(9);
        assertThat(large.entries()).isEqualTo(1_999);
        assertThat(large.statements()).isPositive().isEqualTo(small.statements());
        assertThat(small.statements()).isLessThanOrEqualTo(BUDGET);
        System.out.printf("Timeline GET on %s: %d statements for 10 entries, %d for 2,000%n",
                database.type(), small.statements(), large.statements());
    }

    /** Entries of every kind and three teams, a minute apart, some within the duplicate window; one deleted. */
    private void seed(String incident, int count) {
        List<String> teams = List.of("payments", "search", "identity");
        EntryKind[] kinds = EntryKind.values();
        List<TimelineEntry> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EntryContent content = new EntryContent(TimelineViewOrganisation.STARTED.plusSeconds(60L * i), teams.get(i % 3),
                    kinds[i % kinds.length], "Entry " + i, i % 5 == 0 ? "https://grafana.example.com/d/" + i : null);
            stored.add(repository.insert(TimelineEntry.written(incident, content, "alice", NOW), "alice", NOW));
        }
        repository.update(stored.get(1).asDeleted(), EntryRevision.Change.DELETED, "alice", NOW);
    }

    private Measured measureGet(String incident) {
        // A new request finds nothing cached from the writes that seeded the table.
        database.entityManager().flushAll();
        AoDatabase.Counted<Response> counted = database.counting(() -> resource.view(incident));
        Response response = counted.result();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body;
        try {
            body = Json.mapper().readTree((String) response.getEntity());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return new Measured(body.get("entries").size(), counted.statements());
    }

    private record Measured(int entries, int statements) {
    }
}
