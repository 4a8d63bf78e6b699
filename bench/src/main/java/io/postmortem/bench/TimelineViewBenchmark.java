package io.postmortem.bench;

import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.persistence.timeline.TimelineViewOrganisation;
import io.postmortem.core.access.Actors;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.timeline.PostmortemTimelineParticipation;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.timeline.EntryContent;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.core.timeline.TimelineService;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.plugin.persistence.postmortem.PostmortemEntity;
import io.postmortem.plugin.persistence.postmortem.PostmortemRevisionEntity;
import io.postmortem.plugin.persistence.timeline.AoImpactedTeams;
import io.postmortem.plugin.persistence.timeline.AoTimelineRepository;
import io.postmortem.plugin.persistence.timeline.ImpactedTeamEntity;
import io.postmortem.plugin.persistence.timeline.TimelineEntryEntity;
import io.postmortem.plugin.persistence.timeline.TimelineRevisionEntity;
import io.postmortem.plugin.rest.TimelineResource;
import io.postmortem.testkit.ao.AoDatabase;
import jakarta.ws.rs.core.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The timeline panel's GET (/incidents/{key}/timeline) end to end below HTTP: the REST resource, the core use case
 * and Active Objects over H2 in memory, with 10, 200 and 2,000 entries on the incident. Jira's side (incident,
 * people, permissions, configuration) is in memory, so the time measured is the plugin's. Each GET starts with
 * AO's entity cache flushed, as a new request would find it. Prints the SQL statements one GET issues.
 *
 * <p>Run: see docs/performance.md, "Timeline".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TimelineViewBenchmark {
    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");
    private static final String INCIDENT = "INC-1";

    @Param({"10", "200", "2000"})
    public int entries;

    private AoDatabase database;
    private TimelineResource resource;

    @Setup(Level.Trial)
    public void setUp() {
        database = AoDatabase.h2InMemory("timeline_bench_" + entries);
        database.reset();
        var ao = database.activeObjects();
        ao.migrate(TimelineEntryEntity.class, TimelineRevisionEntity.class, ImpactedTeamEntity.class,
                PostmortemEntity.class, PostmortemRevisionEntity.class);
        AoTimelineRepository repository = new AoTimelineRepository(ao);
        AoImpactedTeams teams = new AoImpactedTeams(ao);
        AoPostmortemRepository postmortems = new AoPostmortemRepository(ao);
        TestOrganisation host = TimelineViewOrganisation.create();
        TimelineService service = new TimelineService(host, repository, teams,
                new PostmortemTimelineParticipation(postmortems), host, host, host, host,
                Clock.fixed(NOW, ZoneOffset.UTC));
        resource = new TimelineResource(service, new Actors(() -> Optional.of("alice"), host, host));
        postmortems.insert(new Postmortem("PM-1", INCIDENT, Severity.P2, null, null, PostmortemStatus.DRAFT,
                LocalDate.of(2026, 3, 13), new Facilitator(Facilitator.Type.MIM, "mim"), Map.of(), List.of(),
                null, null, NOW, null, null, 0));
        teams.add(INCIDENT, "identity", "mia", NOW);
        List<String> teamSlugs = List.of("payments", "search", "identity");
        EntryKind[] kinds = EntryKind.values();
        for (int i = 0; i < entries; i++) {
            EntryContent content = new EntryContent(TimelineViewOrganisation.STARTED.plusSeconds(60L * i),
                    teamSlugs.get(i % 3), kinds[i % kinds.length], "Entry " + i + " " + "x".repeat(120),
                    i % 5 == 0 ? "https://grafana.example.com/d/" + i : null);
            repository.insert(TimelineEntry.written(INCIDENT, content, "alice", NOW), "alice", NOW);
        }
        System.out.printf("%nTimeline GET with %d entries: %d SQL statements%n", entries, statementsOfOneGet());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    @Benchmark
    public String timelineGet() {
        database.entityManager().flushAll();
        Response response = resource.view(INCIDENT);
        if (response.getStatus() != 200) {
            throw new IllegalStateException("GET answered " + response.getStatus());
        }
        return (String) response.getEntity();
    }

    private int statementsOfOneGet() {
        return database.counting(this::timelineGet).statements();
    }
}
