package io.postmortem.plugin.jira.jql;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.accountability.JqlQueries;
import io.postmortem.core.accountability.PostmortemFact;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryAccountabilityStore;
import io.postmortem.core.testing.TestOrganisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An organisation in memory (two platforms, three teams, actions and postmortems) behind the real JqlQueries and
 * AccountabilityService; Jira's IssueManager and PermissionManager are Mockito mocks. Every key the fixture knows is
 * an issue with id 1000 + its position in a project of its key's prefix; {@link #hidden} issues have a security level that
 * refuses them to the searcher, projects outside {@link #browsableProjects} are refused as a whole, and
 * {@link #deleted} keys have no issue any more.
 * The host's ports are the core's one test host: alice is logged in and browses the {@link #browsableProjects},
 * edits and creates nothing and is no administrator.
 */
final class JqlFunctionFixture {
    static final Instant NOW = Instant.parse("2026-03-16T12:00:00Z");

    final InMemoryAccountabilityStore store;
    final List<Action> actions;
    final List<PostmortemFact> postmortems;
    final Set<String> browsableProjects = new HashSet<>(Set.of("PAY", "LED", "SRCH", "PM"));
    final Set<String> hidden = new HashSet<>();
    final Set<String> deleted = new HashSet<>();
    final Configuration configuration;
    final TestOrganisation ports;
    final JqlQueries queries;
    final Actors actors;
    final IssueManager issueManager = mock(IssueManager.class);
    final PermissionManager permissionManager = mock(PermissionManager.class);
    final io.postmortem.plugin.health.HostCalls host = new io.postmortem.plugin.health.HostCalls(
            new io.postmortem.plugin.health.DegradedFeatures(java.time.Clock.systemUTC()));
    final ApplicationUser alice = mock(ApplicationUser.class);
    final TerminalClause clause = mock(TerminalClause.class);
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, Project> projects = new HashMap<>();
    /** The security level of {@link #hidden} issues: Jira answers for each of them on its own. */
    static final Long SECURITY_LEVEL = 10_100L;

    JqlFunctionFixture() {
        Directory directory = new Directory(
                List.of(new Platform("payments", "Payments", "lead"), new Platform("search", "Search", "lead2")),
                List.of(new Team("payments-api", "Payments API", "payments", "PAY", null, "payments-team"),
                        new Team("ledger", "Ledger", "payments", "LED", null, "ledger-team"),
                        new Team("search-core", "Search core", "search", "SRCH", null, "search-team")),
                "major-incident-management", "site-reliability-engineering");
        configuration = Configuration.defaults().withDirectory(directory);
        ports = TestOrganisation.builder().configuration(configuration).loggedIn("alice")
                .browseProjects((user, project) -> "alice".equals(user) && browsableProjects.contains(project))
                .browseIssues((user, issue) -> true)
                .editIssues((user, issue) -> false)
                .createIssues((user, project) -> false)
                .build();
        store = new InMemoryAccountabilityStore(zone());
        actions = store.actions;
        postmortems = store.postmortems;
        actors = ports.actors();
        queries = new JqlQueries(new AccountabilityService(store, store, ports, ports, Clock.fixed(NOW, zone())), store,
                store);
        when(alice.getUsername()).thenReturn("alice");
        when(issueManager.getIssueObject(anyString())).thenAnswer(call -> {
            String key = call.getArgument(0);
            if (deleted.contains(key) || !ids.containsKey(key)) {
                return null;
            }
            MutableIssue issue = mock(MutableIssue.class);
            when(issue.getId()).thenReturn(ids.get(key));
            when(issue.getKey()).thenReturn(key);
            Project project = project(key.substring(0, key.indexOf('-')));
            when(issue.getProjectObject()).thenReturn(project);
            when(issue.getSecurityLevelId()).thenReturn(hidden.contains(key) ? SECURITY_LEVEL : null);
            return issue;
        });
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(MutableIssue.class), eq(alice)))
                .thenAnswer(call -> !hidden.contains(((MutableIssue) call.getArgument(1)).getKey()));
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Project.class), eq(alice)))
                .thenAnswer(call -> browsableProjects.contains(((Project) call.getArgument(1)).getKey()));
        action("PAY-1", "PM-1", "payments-api", "2026-01-05", null, "2026-03-01");    // overdue
        action("PAY-2", "PM-1", "payments-api", "2026-02-01", null, "2026-03-20");    // due soon
        action("LED-1", "PM-1", "ledger", "2026-01-10", null, "2026-02-15");          // overdue
        action("LED-2", "PM-2", "ledger", "2026-01-10", "2026-03-10", "2026-03-12");  // closed on time
        action("SRCH-1", "PM-3", "search-core", "2026-01-10", null, "2026-02-01");    // overdue, other platform
        action("OPS-1", "PM-3", "search-core", "2026-01-10", null, "2026-02-01");     // project not browsable
        postmortem("PM-1", "payments", "payments-api", "2026-03-01", null);   // overdue
        postmortem("PM-2", "payments", "ledger", "2026-03-30", "2026-03-10"); // held
        postmortem("PM-3", "search", "search-core", "2026-02-20", null);     // overdue
    }

    /** Jira's project of this key, one object per project as Jira's project manager answers. */
    Project project(String key) {
        Project known = projects.get(key);
        if (known != null) {
            return known;
        }
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        when(project.getId()).thenReturn(10_000L + projects.size());
        projects.put(key, project);
        return project;
    }

    Actor actor() {
        return actors.of("alice");
    }

    QueryCreationContext searchBy(ApplicationUser user, boolean securityOverridden) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(user);
        when(context.isSecurityOverriden()).thenReturn(securityOverridden);
        return context;
    }

    static FunctionOperand call(String name, String... args) {
        return new FunctionOperand(name, args);
    }

    Long id(String key) {
        return ids.get(key);
    }

    /** The issue ids of {@code keys}, in order: what a function must answer for keys JqlQueries gives. */
    List<Long> idsOf(List<String> keys) {
        return keys.stream().map(ids::get).toList();
    }

    static List<Long> values(List<QueryLiteral> literals, FunctionOperand operand) {
        for (QueryLiteral literal : literals) {
            if (literal.getSourceOperand() != operand || literal.getStringValue() != null) {
                throw new AssertionError("Literals must be issue ids with the function operand as source");
            }
        }
        return literals.stream().map(QueryLiteral::getLongValue).toList();
    }

    private void action(String key, String postmortem, String team, String created, String closed, String due) {
        String platform = team.equals("search-core") ? "search" : "payments";
        ids.put(key, 1000L + ids.size());
        actions.add(new Action(actions.size() + 1, "r" + key, postmortem, "INC-1", key, key.substring(0, key.indexOf('-')),
                "Fix " + key, "", ActionType.PREVENT, team, platform, Priority.HIGH, Severity.P2, LocalDate.parse(due),
                LocalDate.parse(due), null, closed == null ? ActionStatus.OPEN : ActionStatus.DONE, null, false, "dev",
                null, "mim", Instant.parse(created + "T09:00:00Z"), closed == null ? null : Instant.parse(closed + "T09:00:00Z")));
    }

    private void postmortem(String key, String platform, String team, String due, String held) {
        ids.put(key, 1000L + ids.size());
        postmortems.add(new PostmortemFact(key, Severity.P2, platform, team, LocalDate.parse(due),
                Instant.parse("2026-02-01T09:00:00Z"), held == null ? null : Instant.parse(held + "T09:00:00Z"), null));
    }

    private ZoneId zone() {
        return configuration.policies().calendar().zone();
    }
}
