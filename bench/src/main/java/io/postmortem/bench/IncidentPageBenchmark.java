package io.postmortem.bench;

import io.postmortem.plugin.jira.panel.IncidentPageRestHost;
import io.postmortem.plugin.jira.panel.IssueViewHost;
import io.postmortem.plugin.persistence.config.OneConfigurationPerRequest;
import io.postmortem.testkit.ao.AoDatabase;
import jakarta.ws.rs.core.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The plugin's server time for a whole incident page: the view-issue request (every panel condition and context
 * provider, as {@link IncidentViewBenchmark} measures it) and the three REST calls the page's scripts make when it has
 * loaded (the timeline, the postmortem's actions, "have we seen this before?"), each a request of its own, and each
 * call alone. Active Objects over H2 in memory; {@link #entries} timeline entries, 30 actions on the incident's
 * postmortem (one raised again in another postmortem), 20 related published postmortems with three actions each, a
 * configuration of 12 platforms and 60 teams. AO's entity cache is flushed before each request, as a new request
 * finds it. Jira's side (issue, managers) is in memory; JSON writing is included, HTTP is not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IncidentPageBenchmark {
    private static final String INCIDENT = "OPS-1";
    private static final String POSTMORTEM = "PM-1";

    @Param({"10", "500"})
    public int entries;

    private AoDatabase database;
    private IncidentPageRestHost host;
    private Map<String, Object> context;

    @Setup
    public void anIncidentWithItsPostmortemAndRelatedPostmortems() {
        database = AoDatabase.h2InMemory("incident-page-benchmark-" + entries);
        host = new IncidentPageRestHost(database);
        host.relatedPostmortems(20);
        context = IssueViewHost.viewIssueContext(host.incident(INCIDENT, entries, 30));
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public int wholePage() {
        int shown = request(() -> host.data.view(context));
        return shown + timelineGet() + actionsGet() + relatedGet();
    }

    @Benchmark
    public int timelineGet() {
        return length(request(() -> host.timeline.view(INCIDENT)));
    }

    @Benchmark
    public int actionsGet() {
        return length(request(() -> host.actions.list(POSTMORTEM)));
    }

    @Benchmark
    public int relatedGet() {
        return length(request(() -> host.learning.related(INCIDENT)));
    }

    private <T> T request(Supplier<T> work) {
        database.entityManager().flushAll();
        return OneConfigurationPerRequest.within(work);
    }

    private static int length(Response response) {
        if (response.getStatus() != 200) {
            throw new IllegalStateException("HTTP " + response.getStatus() + ": " + response.getEntity());
        }
        return ((String) response.getEntity()).length();
    }
}
