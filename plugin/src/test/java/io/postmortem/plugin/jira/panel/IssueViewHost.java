package io.postmortem.plugin.jira.panel;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.ApplicationProperties;
import io.postmortem.core.access.Actors;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.action.ActionSync;
import io.postmortem.core.action.ProblemTicketRequest;
import io.postmortem.core.action.ProblemTickets;
import io.postmortem.core.action.TicketState;
import io.postmortem.core.blameless.BlamelessPublishCheck;
import io.postmortem.core.quality.QualityReview;
import io.postmortem.core.reads.ReadReceipts;
import io.postmortem.plugin.persistence.quality.AoQualityScores;
import io.postmortem.plugin.persistence.reads.AoReadReceiptRepository;
import io.postmortem.plugin.persistence.timeline.AoTimelineRepository;
import io.postmortem.core.blameless.BlamelessReviewers;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.people.DirectoryNames;
import io.postmortem.core.people.People;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.jira.incident.JiraIncidentTickets;
import io.postmortem.plugin.jira.incident.JiraTicketEventListener;
import io.postmortem.plugin.jira.incident.OurIssues;
import io.postmortem.plugin.panel.PanelModels;
import io.postmortem.plugin.panel.ProblemPanels;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.blameless.AoAcknowledgementRepository;
import io.postmortem.plugin.persistence.config.AoConfigurationStore;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.plugin.rest.postmortem.PostmortemViews;
import io.postmortem.testkit.ao.AoDatabase;
import org.mockito.MockSettings;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.timeline.EntryContent;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.TimelineEntry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * What the plugin puts on Jira's view-issue page and event bus, wired as in {@code jira-adapters.xml} over a real
 * database: the three panel conditions and their context providers, the issue event listener with the real
 * handlers ({@link PostmortemService}, {@link ActionSync}), the real repositories and configuration store holding a
 * configuration of 12 platforms and 60 teams. Jira's own managers, issues and events are Mockito mocks. The ports
 * an issue of another kind must never reach (Jira's ticket creation) refuse every call.
 */
public final class IssueViewHost {
    /** Jira's objects on the hot path keep no record of their calls (a benchmark calls them millions of times). */
    private static final MockSettings STUB_ONLY = withSettings().stubOnly();
    public static final int PLATFORMS = 12;
    public static final int TEAMS_PER_PLATFORM = 5;

    public final AoConfigurationStore configuration;
    public final IsIncidentCondition incidentCondition;
    public final IsPostmortemCondition postmortemCondition;
    public final IsProblemTicketCondition problemCondition;
    /** What the panels required for the page, as Jira's page builder would collect it. */
    public final io.postmortem.plugin.admin.RecordingPageBuilder pageBuilder = new io.postmortem.plugin.admin.RecordingPageBuilder();
    public final IncidentPanelContextProvider incidentContext;
    public final PostmortemPanelContextProvider postmortemContext;
    public final ProblemPanelContextProvider problemContext;
    public final JiraTicketEventListener listener;
    /** The stores behind the panels, for tests that fill them. */
    public final AoPostmortemRepository postmortems;
    public final AoTimelineRepository timeline;
    public final AoActionRepository actions;
    private final IssueManager issueManager = mock(IssueManager.class);
    private int problemTickets;

    public IssueViewHost(AoDatabase database) {
        database.activeObjects().migrate(PersistenceEntities.asArray());
        Clock clock = Clock.systemUTC();
        configuration = new AoConfigurationStore(database.activeObjects());
        configuration.save(sixtyTeams(), "admin", List.of("the organisation"));
        SingleNodeLocks locks = new SingleNodeLocks();
        OurIssues ourIssues = new OurIssues(configuration);
        // Jira's permission scheme letting alice do everything (not what an unrelated issue is about).
        TestOrganisation jira = TestOrganisation.builder().loggedIn("alice").everyoneMayDoEverything().build();
        Permissions permissions = jira;
        CurrentUser currentUser = jira;
        People people = jira;
        io.postmortem.plugin.health.HostCalls host = new io.postmortem.plugin.health.HostCalls(
                new io.postmortem.plugin.health.DegradedFeatures(clock));
        JiraIncidentTickets incidents = new JiraIncidentTickets(issueManager, mock(CustomFieldManager.class),
                mock(ChangeHistoryManager.class), mock(CommentManager.class), mock(UserManager.class), configuration, host);
        postmortems = new AoPostmortemRepository(database.activeObjects());
        actions = new AoActionRepository(database.activeObjects(), configuration, locks);
        timeline = new AoTimelineRepository(database.activeObjects());
        PostmortemService postmortemService = new PostmortemService(incidents, postmortems, new NoTickets(),
                configuration, permissions, locks, clock, List.of(), List.of());
        ProblemPanels problemPanels = new ProblemPanels(actions, permissions, configuration, clock);
        BlamelessPublishCheck blameless = new BlamelessPublishCheck(new BlamelessReviewers(configuration), List.of(),
                new AoAcknowledgementRepository(database.activeObjects()), new DirectoryNames(people, clock));
        QualityReview quality = new QualityReview(actions, timeline, incidents,
                blameless, configuration, new AoQualityScores(database.activeObjects()), clock);
        ReadReceipts reads = new ReadReceipts(postmortemService, new AoReadReceiptRepository(database.activeObjects()),
                configuration, people, clock);
        PanelModels panelModels = new PanelModels(incidents, postmortemService,
                new PostmortemViews(postmortemService, configuration, quality, reads, clock), configuration, permissions,
                blameless);
        Actors actors = new Actors(currentUser, people, permissions);
        ApplicationProperties applicationProperties = Answering.with(ApplicationProperties.class,
                Map.of("getBaseUrl", "/jira"));

        incidentCondition = new IsIncidentCondition(incidents, ourIssues, currentUser);
        postmortemCondition = new IsPostmortemCondition(postmortems, ourIssues, currentUser);
        problemCondition = new IsProblemTicketCondition(problemPanels, ourIssues, currentUser);
        PanelWebResources webResources = new PanelWebResources(pageBuilder);
        incidentContext = new IncidentPanelContextProvider(panelModels, ourIssues, actors, applicationProperties,
                webResources);
        postmortemContext = new PostmortemPanelContextProvider(panelModels, ourIssues, actors, applicationProperties,
                webResources);
        problemContext = new ProblemPanelContextProvider(problemPanels, ourIssues, actors, applicationProperties,
                webResources);
        listener = new JiraTicketEventListener(mock(EventPublisher.class), mock(ChangeHistoryManager.class),
                List.of(postmortemService, new ActionSync(actions, new NoTickets(), configuration, locks, clock)),
                ourIssues, host);
    }

    /** An issue Jira holds, of this type, in this project, known to Jira's issue manager by its key. */
    public MutableIssue issue(String key, String typeName) {
        IssueType type = Answering.with(IssueType.class, Map.of("getName", typeName));
        Project project = Answering.with(Project.class, Map.of("getKey", key.substring(0, key.indexOf('-'))));
        MutableIssue issue = Answering.with(MutableIssue.class, Map.of("getKey", key, "getId", 10_000L + key.length(),
                "getIssueType", type, "getProjectObject", project, "toString", key));
        when(issueManager.getIssueObject(key)).thenReturn(issue);
        return issue;
    }

    /**
     * An incident of ours with its postmortem (a draft due in three days), {@code entries} timeline entries of every
     * kind a minute apart (every fifth with evidence) and {@code actions} actions on its postmortem, two in three
     * open; the incident's key is its project's, its postmortem's key is {@code PM-<number of the incident>}.
     */
    public MutableIssue incidentWithPostmortem(String incidentKey, int entries, int actions) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String postmortemKey = "PM-" + incidentKey.substring(incidentKey.indexOf('-') + 1);
        postmortem(incidentKey, postmortemKey, now);
        for (int i = 0; i < actions; i++) {
            boolean open = i % 3 != 0;
            this.actions.insert(new Action(0, postmortemKey + "-req-" + i, postmortemKey, incidentKey,
                    "T0X0-" + (++problemTickets), "T0X0",
                    "Action " + i, "", ActionType.PREVENT, "team-0-0", "platform-0", Priority.HIGH, Severity.P2,
                    today.plusDays(30), today.plusDays(30), null, open ? ActionStatus.OPEN : ActionStatus.DONE, null,
                    false, "dev", null, "mim", now.minusSeconds(86_400), open ? null : now));
        }
        EntryKind[] kinds = EntryKind.values();
        for (int i = 0; i < entries; i++) {
            EntryContent content = new EntryContent(now.minusSeconds(60L * (entries - i)), "team-0-" + (i % 5),
                    kinds[i % kinds.length], "Entry " + i, i % 5 == 0 ? "https://grafana.example.com/d/" + i : null);
            timeline.insert(TimelineEntry.written(incidentKey, content, "alice", now), "alice", now);
        }
        return issue(incidentKey, "Incident");
    }

    /** Postmortems of {@code count} other incidents ({@code OTH-1}...), as the store of a working organisation holds. */
    public void otherPostmortems(int count) {
        for (int i = 1; i <= count; i++) {
            postmortem("OTH-" + i, "PM-OTH-" + i, Instant.now());
        }
    }

    private void postmortem(String incidentKey, String key, Instant now) {
        postmortems.insert(new Postmortem(key, incidentKey, Severity.P2, null, null, PostmortemStatus.DRAFT,
                LocalDate.now(ZoneOffset.UTC).plusDays(3), new Facilitator(Facilitator.Type.MIM, "mim"), Map.of(),
                List.of(), null, null, now, null, null, 0));
    }

    /** Jira's event of this type on this issue, by a user. */
    public static IssueEvent event(MutableIssue issue, Long eventTypeId) {
        IssueEvent event = mock(IssueEvent.class, STUB_ONLY);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(eventTypeId);
        ApplicationUser user = mock(ApplicationUser.class, STUB_ONLY);
        when(user.getUsername()).thenReturn("alice");
        when(event.getUser()).thenReturn(user);
        return event;
    }

    /** The view-issue page's web-fragment context for this issue. */
    public static Map<String, Object> viewIssueContext(MutableIssue issue) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        return context;
    }

    /** Every condition Jira asks on the page, and the context provider of each panel, for one issue view. */
    public int view(Map<String, Object> context) {
        int shown = 0;
        shown += incidentCondition.shouldDisplay(context) ? 1 : 0;
        shown += incidentCondition.shouldDisplay(context) ? 1 : 0; // the timeline panel asks the same condition
        shown += postmortemCondition.shouldDisplay(context) ? 1 : 0;
        shown += problemCondition.shouldDisplay(context) ? 1 : 0;
        shown += incidentContext.getContextMap(context).containsKey("panel") ? 1 : 0;
        shown += postmortemContext.getContextMap(context).containsKey("panel") ? 1 : 0;
        shown += problemContext.getContextMap(context).containsKey("panel") ? 1 : 0;
        return shown;
    }

    public static Configuration sixtyTeams() {
        List<Platform> platforms = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        for (int p = 0; p < PLATFORMS; p++) {
            platforms.add(new Platform("platform-" + p, "Platform " + p, "lead" + p));
            for (int t = 0; t < TEAMS_PER_PLATFORM; t++) {
                teams.add(new Team("team-" + p + "-" + t, "Team " + p + "." + t, "platform-" + p,
                        "T" + p + "X" + t, "Component " + p + "." + t, "group-" + p + "-" + t));
            }
        }
        return Configuration.defaults().withDirectory(new Directory(platforms, teams, "major-incident-management",
                "site-reliability-engineering"));
    }

    /** Ticket creation in Jira: never reached from a view or an event of an issue that is not ours. */
    private static final class NoTickets implements PostmortemTickets, ProblemTickets {
        public String create(Incident incident, String projectKey, String summary, String actingUser) {
            throw new AssertionError("no postmortem ticket is created here");
        }
        public String create(ProblemTicketRequest request, String actingUser) {
            throw new AssertionError("no Problem ticket is created here");
        }
        public Optional<String> findByRequest(String requestId) {
            throw new AssertionError("no Problem ticket is looked for here");
        }
        public Optional<TicketState> status(String key) { return Optional.empty(); }
        public void delete(String key) { throw new AssertionError("no ticket is deleted here"); }
        public void follow(io.postmortem.core.postmortem.PostmortemIssue issue) {
            throw new AssertionError("no postmortem issue follows its document here");
        }
        public Optional<io.postmortem.core.postmortem.PostmortemStatus> shownStatus(String key) { return Optional.empty(); }
        public void comment(String key, String text) { throw new AssertionError("no comment is written here"); }
        public void addReviewedIncident(String postmortemKey, String incidentKey, String actingUser) {
            throw new AssertionError("no incident is linked here");
        }
        public void removeReviewedIncident(String postmortemKey, String incidentKey) {
            throw new AssertionError("no incident is unlinked here");
        }
        public java.util.Set<String> transitionNames(String projectKey) { return java.util.Set.of(); }
    }
}
