package io.postmortem.bench;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.operand.FunctionOperand;
import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.accountability.JqlQueries;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.plugin.health.DegradedFeatures;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.plugin.jira.jql.ActionsOfFunction;
import io.postmortem.plugin.jira.jql.OverdueActionsFunction;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.persistence.accountability.AoPostmortemStatistics;
import io.postmortem.plugin.persistence.action.AoActionRepository;
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

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The product's JQL functions over 100,000 Problem tickets (actions in 60 team projects, the accountability benchmark's
 * data: five years of history, 93 % closed) stored in H2: {@link #overdueActions} ({@code overdueActions()}, every
 * project) and {@link #actionsOfPlatform} ({@code actionsOf("platform-0")}, five projects). Each call runs the
 * function's query ({@code JqlQueries} over {@code AoActionRepository}, AO's entity cache flushed first, as in a new
 * request), resolves each key through Jira's issue manager and asks Jira's permission manager once per project. Jira's
 * side is in memory ({@code java.lang.reflect.Proxy} objects: issues answering id, key and project, a permission
 * manager letting the searcher browse everything and counting its calls). {@link #overdueActionsQueryAlone} times the
 * query without Jira's side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JqlFunctionsBenchmark {
    static final int TICKETS = 100_000;

    private AoDatabase database;
    private OverdueActionsFunction overdue;
    private ActionsOfFunction actionsOf;
    private QueryCreationContext search;
    private JqlQueries queries;
    private io.postmortem.core.access.Actor searcherActor;
    private final FunctionOperand overdueCall = new FunctionOperand("overdueActions", new String[0]);
    private final FunctionOperand actionsOfCall = new FunctionOperand("actionsOf", "platform-0");
    private final AtomicLong projectChecks = new AtomicLong();
    private final AtomicLong issueChecks = new AtomicLong();
    private final Map<String, MutableIssue> issues = new ConcurrentHashMap<>();
    private final Map<String, Project> projects = new ConcurrentHashMap<>();

    @Setup
    public void hundredThousandProblemTickets() throws Exception {
        database = AoDatabase.h2InMemory("jql-functions-benchmark");
        database.activeObjects().migrate(PersistenceEntities.asArray());
        String table = database.tables().stream().filter(t -> t.toUpperCase().endsWith("_ACTION")).findFirst()
                .orElseThrow();
        AccountabilityScaleBenchmark.insert(database, table, TICKETS);
        AccountabilityScaleBenchmark.analyze(database, table);
        TestOrganisation host = AccountabilityScaleBenchmark.host();
        AoActionRepository actions = new AoActionRepository(database.activeObjects(), host, new SingleNodeLocks());
        AoPostmortemStatistics postmortems = new AoPostmortemStatistics(database.activeObjects());
        Clock clock = Clock.fixed(AccountabilityScaleBenchmark.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        queries = new JqlQueries(new AccountabilityService(actions, postmortems, host, host, clock),
                actions, postmortems);
        Actors actors = new Actors(host, host, host);
        HostCalls hostCalls = new HostCalls(new DegradedFeatures(clock));
        IssueManager issueManager = proxy(IssueManager.class, (name, args) -> name.equals("getIssueObject")
                ? issues.computeIfAbsent((String) args[0], this::issue) : null);
        PermissionManager permissionManager = proxy(PermissionManager.class, (name, args) -> {
            (args[1] instanceof Project ? projectChecks : issueChecks).incrementAndGet();
            return true;
        });
        overdue = new OverdueActionsFunction(queries, actors, host, issueManager, permissionManager, hostCalls);
        actionsOf = new ActionsOfFunction(queries, actors, host, issueManager, permissionManager, hostCalls);
        String username = host.username().orElseThrow();
        searcherActor = actors.of(username);
        ApplicationUser searcher = proxy(ApplicationUser.class, (name, args) -> name.equals("getUsername") ? username : null);
        search = proxy(QueryCreationContext.class, (name, args) -> switch (name) {
            case "getApplicationUser" -> searcher;
            case "isSecurityOverriden" -> false;
            default -> null;
        });
        report("overdueActions()", overdue.getValues(search, overdueCall, null));
        report("actionsOf(\"platform-0\")", actionsOf.getValues(search, actionsOfCall, null));
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public List<QueryLiteral> overdueActions() {
        database.entityManager().flushAll();
        return overdue.getValues(search, overdueCall, null);
    }

    @Benchmark
    public List<QueryLiteral> actionsOfPlatform() {
        database.entityManager().flushAll();
        return actionsOf.getValues(search, actionsOfCall, null);
    }

    /** The query alone ({@code JqlQueries}, the plugin's SQL): how much of {@link #overdueActions} is not Jira's side. */
    @Benchmark
    public List<String> overdueActionsQueryAlone() {
        database.entityManager().flushAll();
        return queries.overdueActions(searcherActor, null);
    }

    /** One call's answer and permission checks; the run fails unless the checks are one per project. */
    private void report(String call, List<QueryLiteral> answer) {
        projectChecks.set(0);
        issueChecks.set(0);
        Set<String> answered = new HashSet<>();
        List<QueryLiteral> again = call.startsWith("overdue") ? overdue.getValues(search, overdueCall, null)
                : actionsOf.getValues(search, actionsOfCall, null);
        for (QueryLiteral literal : again) {
            answered.add(projectOf(literal.getLongValue()));
        }
        if (again.size() != answer.size() || projectChecks.get() != answered.size() || issueChecks.get() != 0) {
            throw new IllegalStateException(call + ": " + again.size() + " tickets in " + answered.size()
                    + " projects cost " + projectChecks.get() + " project and " + issueChecks.get() + " issue checks");
        }
        System.out.printf("%s answers %,d of %,d Problem tickets in %d projects with %d permission checks%n", call,
                again.size(), TICKETS, answered.size(), projectChecks.get());
    }

    private final Map<Long, String> projectOfId = new ConcurrentHashMap<>();

    private String projectOf(Long id) {
        return projectOfId.get(id);
    }

    /** Jira's issue of a Problem-ticket key ({@code PAB-17}): id from its number, project from its prefix. */
    private MutableIssue issue(String key) {
        String projectKey = key.substring(0, key.indexOf('-'));
        long id = Long.parseLong(key.substring(key.indexOf('-') + 1));
        projectOfId.put(id, projectKey);
        Project project = projects.computeIfAbsent(projectKey, k -> {
            long projectId = 10_000L + projects.size();
            return proxy(Project.class, (name, args) -> switch (name) {
                case "getKey" -> k;
                case "getId" -> projectId;
                default -> null;
            });
        });
        return proxy(MutableIssue.class, (name, args) -> switch (name) {
            case "getId" -> id;
            case "getKey" -> key;
            case "getProjectObject" -> project;
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> type.getSimpleName();
                };
            }
            return answer.answer(method.getName(), args);
        });
    }
}
