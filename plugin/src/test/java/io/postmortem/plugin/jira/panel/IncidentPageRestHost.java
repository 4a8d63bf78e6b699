package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.util.UserManager;
import io.postmortem.core.access.Actors;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionQueries;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.action.Idea;
import io.postmortem.core.action.Ideas;
import io.postmortem.core.action.ItemRef;
import io.postmortem.core.action.ProblemTicketRequest;
import io.postmortem.core.action.ProblemTickets;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.core.action.TicketState;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.learning.ActionsOfPostmortems;
import io.postmortem.core.learning.LearningIndexer;
import io.postmortem.core.learning.LearningMarksService;
import io.postmortem.core.learning.Library;
import io.postmortem.core.learning.LibraryEntry;
import io.postmortem.core.learning.PostmortemExports;
import io.postmortem.core.learning.PostmortemOfTheMonth;
import io.postmortem.core.learning.RelatedPostmortems;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.timeline.PostmortemTimelineParticipation;
import io.postmortem.core.timeline.TimelineService;
import io.postmortem.plugin.health.DegradedFeatures;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.plugin.jira.incident.JiraIncidentTickets;
import io.postmortem.plugin.persistence.action.AoIdeaRepository;
import io.postmortem.plugin.persistence.learning.AoAwardStore;
import io.postmortem.plugin.persistence.learning.AoLearningIndex;
import io.postmortem.plugin.persistence.learning.AoLearningMarksStore;
import io.postmortem.plugin.persistence.mail.AoNotificationLedger;
import io.postmortem.plugin.persistence.timeline.AoImpactedTeams;
import io.postmortem.plugin.rest.ActionsResource;
import io.postmortem.plugin.rest.LearningResource;
import io.postmortem.plugin.rest.TimelineResource;
import io.postmortem.testkit.ao.AoDatabase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The REST resources the incident page calls after it loads (the timeline, the postmortem's actions, "have we seen
 * this before?"), wired as in {@code plugin-context.xml} over a real database: the real services, the real AO
 * repositories, the real configuration store (the 60-team configuration of {@link IssueViewHost}, which fills the
 * tables). Jira's own managers and issues are Mockito mocks; ticket creation in Jira refuses every call (a page load
 * creates nothing).
 */
public final class IncidentPageRestHost {
    /** The root cause's category every postmortem here shares, so the other postmortems are related to ours. */
    public static final String SHARED_CATEGORY = "deployment";

    public final IssueViewHost data;
    public final TimelineResource timeline;
    public final ActionsResource actions;
    public final LearningResource learning;
    public final AoIdeaRepository ideas;
    private final IssueManager issueManager = mock(IssueManager.class);
    private final AoLearningIndex index;
    private int problemTickets;

    public IncidentPageRestHost(AoDatabase database) {
        data = new IssueViewHost(database);
        Clock clock = Clock.systemUTC();
        Permissions permissions = new Everything();
        People people = new NoPeople();
        CurrentUser currentUser = () -> Optional.of("alice");
        Actors actors = new Actors(currentUser, people, permissions);
        SingleNodeLocks locks = new SingleNodeLocks();
        NoTickets tickets = new NoTickets();
        var ao = database.activeObjects();
        JiraIncidentTickets incidents = new JiraIncidentTickets(issueManager, mock(CustomFieldManager.class),
                mock(ChangeHistoryManager.class), mock(CommentManager.class), mock(UserManager.class),
                data.configuration, new HostCalls(new DegradedFeatures(clock)));
        PostmortemService postmortemService = new PostmortemService(incidents, data.postmortems, tickets,
                data.configuration, permissions, locks, clock, List.of(), List.of());

        timeline = new TimelineResource(new TimelineService(incidents, data.timeline, new AoImpactedTeams(ao),
                new PostmortemTimelineParticipation(data.postmortems), permissions, data.configuration, people, locks,
                clock), actors);
        ideas = new AoIdeaRepository(ao);
        actions = new ActionsResource(actors,
                new RaiseAction(postmortemService, data.actions, ideas, tickets, data.configuration, clock),
                new ActionQueries(postmortemService, data.actions, ideas, data.configuration, permissions, clock),
                new Ideas(postmortemService, data.postmortems, data.actions, ideas, data.configuration, permissions, clock));
        index = new AoLearningIndex(ao);
        ActionsOfPostmortems actionSummaries = new ActionsOfPostmortems(data.actions);
        AoLearningMarksStore marks = new AoLearningMarksStore(ao);
        learning = new LearningResource(actors, new Library(index, permissions), index,
                new RelatedPostmortems(incidents, data.postmortems, index, actionSummaries, permissions),
                new PostmortemExports(postmortemService, incidents, actionSummaries, data.configuration),
                new LearningMarksService(postmortemService, marks,
                        new LearningIndexer(index, data.postmortems, incidents, data.configuration, marks),
                        data.configuration),
                new PostmortemOfTheMonth(new AoAwardStore(ao), data.postmortems, index, permissions,
                        data.configuration, people, mail -> {
                            throw new AssertionError("no mail is sent here");
                        }, new AoNotificationLedger(ao), clock, "/jira"),
                data.configuration);
    }

    /**
     * {@code count} published postmortems of other incidents ({@code OTH-1}...) sharing the root-cause category of
     * the incidents' postmortems here, each with three actions.
     */
    public void relatedPostmortems(int count) {
        for (int i = 1; i <= count; i++) {
            publishedPostmortem("OTH-" + i, "PM-OTH-" + i, 3);
        }
    }

    /**
     * An incident with its postmortem (see {@link IssueViewHost#incidentWithPostmortem}: {@code entries} timeline
     * entries, {@code actions} actions), whose root cause has the shared category. Its first action was raised again:
     * an idea of {@code PM-OTH-1} is marked the same as it. Returns the issue the panels are drawn for.
     */
    public MutableIssue incident(String incidentKey, int entries, int actions) {
        MutableIssue shown = data.incidentWithPostmortem(incidentKey, entries, actions);
        Postmortem postmortem = data.postmortems.findByIncident(incidentKey).orElseThrow();
        data.postmortems.update(postmortem.withContent(postmortem.sections(),
                List.of(new RootCause("The canary stage was skipped for " + incidentKey, SHARED_CATEGORY)),
                null), List.of());
        long repeated = data.actions.byPostmortem(postmortem.key()).get(0).id();
        ideas.insert(new Idea(0, "PM-OTH-1", "Again: " + repeated, "", "mim", Instant.now(), null,
                ItemRef.action(repeated)));
        issue(incidentKey);
        return shown;
    }

    private void publishedPostmortem(String incidentKey, String key, int actionCount) {
        Instant published = Instant.now().minusSeconds(86_400L * 30);
        List<RootCause> causes = List.of(new RootCause("A config flag flipped in region " + key, SHARED_CATEGORY));
        data.postmortems.insert(new Postmortem(key, incidentKey, Severity.P2, "team-0-0", "platform-0",
                PostmortemStatus.PUBLISHED, LocalDate.now(ZoneOffset.UTC).minusDays(20),
                new Facilitator(Facilitator.Type.MIM, "mim"), Map.of(), causes, null, null,
                published.minusSeconds(86_400), published.minusSeconds(3_600), published, 0));
        index.put(new LibraryEntry(key, incidentKey, "Outage " + incidentKey, Severity.P2, List.of("platform-0"),
                List.of("team-0-0"), List.of(), List.of(SHARED_CATEGORY), List.of(), causes, "Summary of " + key,
                "Body of " + key, published.minusSeconds(86_400), published));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int a = 0; a < actionCount; a++) {
            data.actions.insert(new Action(0, key + "-req-" + a, key, incidentKey, "T0X0-R" + (++problemTickets),
                    "T0X0", "Related action " + a, "", ActionType.PREVENT, "team-0-0", "platform-0", Priority.HIGH,
                    Severity.P2, today.plusDays(10), today.plusDays(10), null, ActionStatus.OPEN, null, false, "dev",
                    null, "mim", published, null));
        }
    }

    /** The incident as Jira's issue manager knows it, by its key. */
    private void issue(String key) {
        IssueType type = Answering.with(IssueType.class, Map.of("getName", "Incident"));
        Project project = Answering.with(Project.class, Map.of("getKey", key.substring(0, key.indexOf('-'))));
        MutableIssue issue = Answering.with(MutableIssue.class, Map.of("getKey", key, "getId", 10_000L + key.length(),
                "getIssueType", type, "getProjectObject", project, "getSummary", "Incident " + key,
                "toString", key));
        when(issueManager.getIssueObject(key)).thenReturn(issue);
    }

    /** Jira's permission scheme letting everyone do everything. */
    private static final class Everything implements Permissions {
        public boolean isAdministrator(String username) { return false; }
        public boolean canBrowseProject(String username, String projectKey) { return true; }
        public boolean canBrowseIssue(String username, String issueKey) { return true; }
        public boolean canEditIssue(String username, String issueKey) { return true; }
        public boolean canCreateIssue(String username, String projectKey) { return true; }
    }

    private static final class NoPeople implements People {
        public Optional<Person> person(String username) { return Optional.empty(); }
        public Set<String> groupsOf(String username) { return Set.of(); }
        public List<String> membersOf(String group) { return List.of(); }
        public boolean groupExists(String group) { return false; }
        public List<Person> everyone() { return List.of(); }
    }

    /** Ticket creation and changes in Jira: never reached from a page load. */
    private static final class NoTickets implements PostmortemTickets, ProblemTickets {
        public String create(Incident incident, String projectKey, String summary, String actingUser) {
            throw new AssertionError("no postmortem ticket is created here");
        }
        public String create(ProblemTicketRequest request, String actingUser) {
            throw new AssertionError("no Problem ticket is created here");
        }
        public Optional<String> findByRequest(String requestId) { return Optional.empty(); }
        public Optional<TicketState> status(String key) { return Optional.empty(); }
        public void delete(String key) { throw new AssertionError("no ticket is deleted here"); }
        public void follow(io.postmortem.core.postmortem.PostmortemIssue issue) {
            throw new AssertionError("no postmortem issue follows its document here");
        }
        public Optional<PostmortemStatus> shownStatus(String key) { return Optional.empty(); }
        public void comment(String key, String text) { throw new AssertionError("no comment is written here"); }
        public void addReviewedIncident(String postmortemKey, String incidentKey, String actingUser) {
            throw new AssertionError("no incident is linked here");
        }
        public void removeReviewedIncident(String postmortemKey, String incidentKey) {
            throw new AssertionError("no incident is unlinked here");
        }
        public Set<String> transitionNames(String projectKey) { return Set.of(); }
    }
}
