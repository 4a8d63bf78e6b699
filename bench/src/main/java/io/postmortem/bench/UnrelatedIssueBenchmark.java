package io.postmortem.bench;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.MutableIssue;
import io.postmortem.plugin.jira.panel.IssueViewHost;
import io.postmortem.testkit.ao.AoDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the plugin adds to Jira for an issue that is none of ours (a Bug in a team's project), at a configuration of
 * 12 platforms and 60 teams stored in H2: {@link #viewUnrelatedIssue} asks every panel condition Jira asks on the
 * view-issue page and every panel's context provider (target: under 20 µs together); {@link #eventOnUnrelatedIssue}
 * hands one issue-updated event to the plugin's listener (target: under 5 µs): the listener's work on the event's
 * issue and type, which is all {@code onIssueEvent(IssueEvent)} does after two getters of Jira's event (a final class
 * this benchmark cannot build; as a Mockito mock its getters alone cost more than the listener, see
 * {@link #mockedEventGettersAlone}). Jira's issue is a {@code java.lang.reflect.Proxy} answering its key, type and
 * project; its getters are part of both figures.
 * The node re-confirms its configuration version every two seconds (one indexed read), as a node serving requests
 * does; that read is part of the average.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class UnrelatedIssueBenchmark {
    private AoDatabase database;
    private IssueViewHost host;
    private MutableIssue bug;
    private Map<String, Object> context;
    private IssueEvent updated;

    @Setup
    public void jiraWithThePlugin() {
        database = AoDatabase.h2InMemory("unrelated-issue-benchmark");
        host = new IssueViewHost(database);
        bug = host.issue("T3X2-17", "Bug");
        context = IssueViewHost.viewIssueContext(bug);
        updated = IssueViewHost.event(bug, EventType.ISSUE_UPDATED_ID);
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public int viewUnrelatedIssue() {
        return host.view(context);
    }

    @Benchmark
    public MutableIssue eventOnUnrelatedIssue() {
        host.listener.onIssueEvent(bug, EventType.ISSUE_UPDATED_ID, () -> null);
        return bug;
    }

    /** Two getters of Jira's event as a Mockito mock: why the benchmark above starts from the event's parts. */
    @Benchmark
    public Object mockedEventGettersAlone() {
        return updated.getIssue() == null ? null : updated.getEventTypeId();
    }
}
