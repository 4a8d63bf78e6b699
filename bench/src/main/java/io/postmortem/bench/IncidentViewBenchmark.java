package io.postmortem.bench;

import com.atlassian.jira.issue.MutableIssue;
import io.postmortem.plugin.jira.panel.IssueViewHost;
import io.postmortem.plugin.persistence.config.OneConfigurationPerRequest;
import io.postmortem.testkit.ao.AoDatabase;
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

/**
 * The plugin's server time on an incident's view-issue page: every panel condition Jira asks and every panel's context
 * provider (the two incident panels show and build the incident panel's model: postmortem, quality review over the
 * timeline and actions, blameless count) in one request scope, over Active Objects on H2 in memory, with
 * {@link #entries} timeline entries, 30 actions on the incident's postmortem and 20 other postmortems, a configuration
 * of 12 platforms and 60 teams. AO's entity cache is flushed before each view, as a new request finds it. Jira's side
 * (issue, managers) is in memory. The REST calls the page's scripts make afterwards are not part of this figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IncidentViewBenchmark {
    @Param({"10", "500"})
    public int entries;

    private AoDatabase database;
    private IssueViewHost host;
    private Map<String, Object> context;

    @Setup
    public void anIncidentWithItsPostmortem() {
        database = AoDatabase.h2InMemory("incident-view-benchmark-" + entries);
        host = new IssueViewHost(database);
        host.otherPostmortems(20);
        MutableIssue incident = host.incidentWithPostmortem("OPS-1", entries, 30);
        context = IssueViewHost.viewIssueContext(incident);
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public int viewIncident() {
        database.entityManager().flushAll();
        return OneConfigurationPerRequest.within(() -> host.view(context));
    }
}
