package io.postmortem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.access.Actors;
import io.postmortem.plugin.persistence.config.AoConfigurationStore;
import io.postmortem.testkit.velocity.TemplateRenderer;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.incident.TicketEventHandler;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.sandbox.db.Jdbc;
import io.postmortem.sandbox.db.SandboxDatabase;
import io.postmortem.sandbox.db.Settings;
import io.postmortem.sandbox.demo.DemoSeed;
import io.postmortem.sandbox.demo.ActionHistoryStep;
import io.postmortem.sandbox.demo.IncidentHistoryStep;
import io.postmortem.sandbox.demo.LearningHistoryStep;
import io.postmortem.sandbox.demo.PostmortemHistoryStep;
import io.postmortem.sandbox.demo.TimelineHistoryStep;
import io.postmortem.sandbox.demo.OrganisationStep;
import io.postmortem.sandbox.host.Outbox;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.host.SandboxPermissions;
import io.postmortem.sandbox.host.ThreadBoundCurrentUser;
import io.postmortem.sandbox.rest.ClockResource;
import io.postmortem.sandbox.rest.IncidentsResource;
import io.postmortem.sandbox.rest.IssuesResource;
import io.postmortem.sandbox.rest.OutboxResource;
import io.postmortem.sandbox.rest.SandboxAccess;
import io.postmortem.sandbox.tickets.SandboxIncidentTickets;
import io.postmortem.sandbox.tickets.TicketEventBus;
import io.postmortem.sandbox.tickets.TicketStore;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import io.postmortem.sandbox.web.IssuePanels;
import io.postmortem.sandbox.web.PanelRenderer;
import io.postmortem.sandbox.web.Pages;

import io.postmortem.core.blameless.BlamelessDocumentReview;
import io.postmortem.core.blameless.BlamelessPublishCheck;
import io.postmortem.core.blameless.BlamelessReviewers;
import io.postmortem.core.blameless.SectionTexts;
import io.postmortem.core.config.ConfigurationService;
import io.postmortem.core.config.ConfigurationValidator;
import io.postmortem.core.postmortem.ContentPublishCheck;
import io.postmortem.core.postmortem.MeetingScheduler;
import io.postmortem.core.postmortem.PostmortemListener;
import io.postmortem.core.postmortem.PostmortemReminders;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.plugin.admin.AdminPage;
import io.postmortem.plugin.health.DegradedFeatures;
import io.postmortem.core.health.HealthReport;
import io.postmortem.plugin.health.ActiveObjectsSchema;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.plugin.rest.HealthResource;
import io.postmortem.sandbox.host.SandboxHostHealth;
import io.postmortem.plugin.learning.LibraryPage;
import io.postmortem.plugin.panel.PanelModels;
import io.postmortem.plugin.panel.ProblemPanels;
import io.postmortem.plugin.persistence.blameless.AoAcknowledgementRepository;
import io.postmortem.plugin.persistence.mail.AoNotificationLedger;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.plugin.rest.BlamelessResource;
import io.postmortem.plugin.rest.ConfigResource;
import io.postmortem.plugin.rest.PlatformsResource;
import io.postmortem.plugin.rest.PostmortemResource;
import io.postmortem.plugin.rest.PostmortemReviewResource;
import io.postmortem.plugin.rest.TimelineResource;
import io.postmortem.core.timeline.TimelineService;
import io.postmortem.core.postmortem.PostmortemTimelineParticipation;
import io.postmortem.plugin.persistence.timeline.AoImpactedTeams;
import io.postmortem.plugin.persistence.timeline.AoTimelineRepository;
import io.postmortem.plugin.rest.postmortem.PostmortemViews;
import io.postmortem.sandbox.host.SandboxScheduler;
import io.postmortem.sandbox.tickets.SandboxPostmortemTickets;
import io.postmortem.sandbox.web.PluginPage;
import io.postmortem.sandbox.web.DashboardsPage;
import io.postmortem.sandbox.web.IssueSearchPage;
import io.postmortem.sandbox.web.ProductJql;

import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.accountability.JqlQueries;
import io.postmortem.core.action.ActionReminders;
import io.postmortem.core.action.ActionService;
import io.postmortem.core.action.ActionSync;
import io.postmortem.core.action.ActionsPublishCheck;
import io.postmortem.core.learning.ActionsOfPostmortems;
import io.postmortem.core.learning.LearningIndexer;
import io.postmortem.core.learning.LearningMarksService;
import io.postmortem.core.learning.Library;
import io.postmortem.core.learning.PostmortemExports;
import io.postmortem.core.learning.PostmortemOfTheMonth;
import io.postmortem.core.learning.PublicationNotifier;
import io.postmortem.core.learning.RelatedPostmortems;
import io.postmortem.core.learning.TimelineMilestoneHighlights;
import io.postmortem.plugin.persistence.accountability.AoPostmortemStatistics;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.action.AoIdeaRepository;
import io.postmortem.plugin.persistence.learning.AoAwardStore;
import io.postmortem.plugin.persistence.learning.AoLearningIndex;
import io.postmortem.plugin.persistence.learning.AoLearningMarksStore;
import io.postmortem.plugin.rest.AccountabilityResource;
import io.postmortem.plugin.rest.ActionsResource;
import io.postmortem.plugin.rest.LearningResource;
import io.postmortem.plugin.rest.PostmortemWorkflowResource;
import io.postmortem.core.postmortemissue.PostmortemIssueFollower;
import io.postmortem.core.postmortemissue.PostmortemIssueMoves;
import io.postmortem.core.postmortemissue.PostmortemWorkflowCheck;
import io.postmortem.sandbox.tickets.SandboxProblemTickets;

import io.postmortem.core.accountability.LearningFigures;
import io.postmortem.core.postmortem.OpenMeetings;
import io.postmortem.core.quality.QualityPublishCheck;
import io.postmortem.core.quality.QualityRefresh;
import io.postmortem.core.quality.QualityReview;
import io.postmortem.core.reads.ReadReceipts;
import io.postmortem.core.reads.ReadReminders;
import io.postmortem.plugin.persistence.postmortem.AoMeetingGuests;
import io.postmortem.plugin.persistence.quality.AoQualityScores;
import io.postmortem.plugin.persistence.reads.AoReadReceiptRepository;
import io.postmortem.plugin.rest.LearningFiguresResource;
import io.postmortem.plugin.rest.LearningLoopResource;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The one place the sandbox is composed: the host's ports implemented over the sandbox's database, and the
 * plugin's own REST resources, event handlers, issue panels, pages and demo data built on them. A feature adds
 * its part with one line in the matching method below.
 */
public final class SandboxWiring {
    /** Jira's context path in the sandbox. */
    public static final String CONTEXT_PATH = "/jira";
    /** Where mail links point: the sandbox's default address. */
    public static final String BASE_URL = "http://localhost:2990/jira";
    // ---- what Jira provides, implemented over the sandbox's database -------------------------------------------
    private final SandboxDatabase database;
    private final ActiveObjects activeObjects;
    private final Jdbc jdbc;
    private final Settings settings;
    private final SandboxClock clock;
    private final ThreadBoundCurrentUser currentUser = new ThreadBoundCurrentUser();
    private final SandboxPeople people;
    private final SandboxPermissions permissions;
    private final SingleNodeLocks clusterLocks = new SingleNodeLocks();
    private final Outbox outbox;
    private final TicketStore tickets;
    private final TicketEventBus events = new TicketEventBus();
    private final TicketWorkflow workflow;
    private final IssuePanels panels = new IssuePanels();
    private final Pages pages = new Pages();
    private final PanelRenderer panelRenderer;
    // ---- the product's parts ---------------------------------------------------------------------------------
    private final ConfigurationStore configurationStore;
    private final Actors actors;
    private final SandboxIncidentTickets incidentTickets;
    private final ConfigurationService configurationService;
    private final AoPostmortemRepository postmortemRepository;
    private final AoNotificationLedger notificationLedger;
    private final PostmortemService postmortemService;
    private final MeetingScheduler meetingScheduler;
    private final PostmortemReminders postmortemReminders;
    private final PostmortemViews postmortemViews;
    private final PanelModels panelModels;
    private final BlamelessReviewers blamelessReviewers;
    private final BlamelessPublishCheck blamelessPublishCheck;
    private final BlamelessDocumentReview blamelessDocumentReview;
    private final SandboxScheduler scheduler;
    private final TimelineService timelineService;
    private final AoActionRepository actionRepository;
    private final ActionService actionService;
    private final ActionSync actionSync;
    private final ActionReminders actionReminders;
    private final ProblemPanels problemPanels;
    private final AccountabilityService accountabilityService;
    private final JqlQueries jqlQueries;
    private final LearningIndexer learningIndexer;
    private final PublicationNotifier publicationNotifier;
    private final Library library;
    private final AoLearningIndex learningIndex;
    private final RelatedPostmortems relatedPostmortems;
    private final PostmortemExports postmortemExports;
    private final LearningMarksService learningMarksService;
    private final PostmortemOfTheMonth postmortemOfTheMonth;
    private final AoTimelineRepository timelineRepository;
    private final AoIdeaRepository ideaRepository;
    private final AoAwardStore awardStore;
    private final DegradedFeatures degradedFeatures;
    private final HealthReport healthReport;
    private final SandboxPostmortemTickets postmortemTickets;
    private final PostmortemIssueFollower postmortemIssueFollower;
    private final PostmortemIssueMoves postmortemIssueMoves;
    private final PostmortemWorkflowCheck postmortemWorkflowCheck;
    private final AoQualityScores qualityScores;
    private final QualityReview qualityReview;
    private final QualityRefresh qualityRefresh;
    private final AoReadReceiptRepository readReceiptRepository;
    private final ReadReceipts readReceipts;
    private final ReadReminders readReminders;
    private final OpenMeetings openMeetings;
    private final LearningFigures learningFigures;

    public SandboxWiring(SandboxDatabase database, ActiveObjects activeObjects, Clock realClock) {
        this.database = database;
        this.activeObjects = activeObjects;
        this.jdbc = new Jdbc(database);
        this.settings = new Settings(jdbc);
        this.clock = new SandboxClock(settings, realClock);
        this.degradedFeatures = new DegradedFeatures(clock);
        this.people = new SandboxPeople(jdbc);
        this.permissions = new SandboxPermissions(jdbc, people);
        this.outbox = new Outbox(jdbc, clock);
        this.tickets = new TicketStore(jdbc);
        TemplateRenderer renderer = TemplateRenderer.builder().classLoader(SandboxWiring.class.getClassLoader())
                .failOnMissingKey(false).build();
        this.panelRenderer = renderer::render;
        this.workflow = new TicketWorkflow(tickets, events, clock);
        this.configurationStore = createConfigurationStore();
        this.actors = new Actors(currentUser, people, permissions, configurationStore);
        this.incidentTickets = new SandboxIncidentTickets(tickets, configurationStore);
        // The same objects the plugin's Spring context builds (plugin-context.xml), over the sandbox's ports.
        this.configurationService = new ConfigurationService(configurationStore,
                new ConfigurationValidator(people, permissions), permissions);
        this.postmortemRepository = new AoPostmortemRepository(activeObjects);
        this.notificationLedger = new AoNotificationLedger(activeObjects);
        this.actionRepository = new AoActionRepository(activeObjects, configurationStore, clusterLocks);
        this.timelineRepository = new AoTimelineRepository(activeObjects);
        this.ideaRepository = new AoIdeaRepository(activeObjects);
        this.awardStore = new AoAwardStore(activeObjects);
        this.learningIndex = new AoLearningIndex(activeObjects);
        AoLearningMarksStore learningMarks = new AoLearningMarksStore(activeObjects);
        ActionsOfPostmortems actionSummaries = new ActionsOfPostmortems(actionRepository);
        this.learningIndexer = new LearningIndexer(learningIndex, postmortemRepository, incidentTickets,
                configurationStore, learningMarks);
        this.publicationNotifier = new PublicationNotifier(incidentTickets, configurationStore, people, learningMarks,
                new TimelineMilestoneHighlights(timelineRepository), actionSummaries, outbox, notificationLedger, clock,
                BASE_URL);
        this.blamelessReviewers = new BlamelessReviewers(configurationStore);
        AoAcknowledgementRepository acknowledgements = new AoAcknowledgementRepository(activeObjects);
        this.blamelessPublishCheck = new BlamelessPublishCheck(blamelessReviewers, List.of(new SectionTexts()),
                acknowledgements, people);
        this.qualityScores = new AoQualityScores(activeObjects);
        this.qualityReview = new QualityReview(actionRepository, timelineRepository, incidentTickets,
                blamelessPublishCheck, configurationStore, qualityScores, clock);
        this.postmortemTickets = new SandboxPostmortemTickets(workflow, tickets, clock);
        this.postmortemIssueFollower = new PostmortemIssueFollower(postmortemTickets, configurationStore, learningMarks);
        this.postmortemService = new PostmortemService(incidentTickets, postmortemRepository,
                postmortemTickets, configurationStore, permissions, clusterLocks,
                clock, List.of(new ContentPublishCheck(), new ActionsPublishCheck(actionRepository), blamelessPublishCheck,
                        new QualityPublishCheck(qualityReview, configurationStore)),
                postmortemListeners());
        this.postmortemIssueMoves = new PostmortemIssueMoves(postmortemRepository, postmortemService, postmortemTickets,
                postmortemIssueFollower, actors);
        this.postmortemWorkflowCheck = new PostmortemWorkflowCheck(configurationStore, postmortemTickets);
        AoMeetingGuests meetingGuests = new AoMeetingGuests(activeObjects);
        this.meetingScheduler = new MeetingScheduler(postmortemService, postmortemRepository, configurationStore,
                people, outbox, meetingGuests, clock);
        this.openMeetings = new OpenMeetings(postmortemRepository, postmortemService, incidentTickets, permissions,
                meetingGuests, meetingScheduler, configurationStore, people, clock);
        this.qualityRefresh = new QualityRefresh(postmortemRepository, qualityReview, qualityScores);
        this.readReceiptRepository = new AoReadReceiptRepository(activeObjects);
        this.readReceipts = new ReadReceipts(postmortemService, readReceiptRepository, configurationStore, people, clock);
        this.readReminders = new ReadReminders(postmortemRepository, incidentTickets, readReceiptRepository,
                configurationStore, people, outbox, notificationLedger, clock, BASE_URL);
        this.postmortemReminders = new PostmortemReminders(postmortemRepository, incidentTickets, configurationStore,
                people, outbox, notificationLedger, clock);
        this.postmortemViews = new PostmortemViews(postmortemService, configurationStore, qualityReview, readReceipts,
                clock);
        this.panelModels = new PanelModels(incidentTickets, postmortemService, postmortemViews, configurationStore,
                permissions, blamelessPublishCheck);
        this.blamelessDocumentReview = new BlamelessDocumentReview(blamelessPublishCheck, acknowledgements,
                postmortemService, configurationStore, clock);
        this.timelineService = new TimelineService(incidentTickets, timelineRepository,
                new AoImpactedTeams(activeObjects), new PostmortemTimelineParticipation(postmortemRepository),
                permissions, configurationStore, people, clusterLocks, clock);
        SandboxProblemTickets problemTickets = new SandboxProblemTickets(workflow, tickets, permissions, clock);
        this.actionService = new ActionService(postmortemService, postmortemRepository, actionRepository,
                ideaRepository, problemTickets, configurationStore, permissions, clusterLocks, clock);
        this.actionSync = new ActionSync(actionRepository, problemTickets, configurationStore, clusterLocks, clock);
        this.problemPanels = new ProblemPanels(actionRepository, permissions, configurationStore, clock);
        this.actionReminders = new ActionReminders(actionRepository, configurationStore, people, outbox,
                notificationLedger, clock);
        AoPostmortemStatistics postmortemStatistics = new AoPostmortemStatistics(activeObjects);
        this.accountabilityService = new AccountabilityService(actionRepository, postmortemStatistics,
                configurationStore, permissions, clock);
        this.learningFigures = new LearningFigures(accountabilityService, postmortemStatistics, qualityScores,
                readReceiptRepository, postmortemRepository, incidentTickets, people, configurationStore);
        this.jqlQueries = new JqlQueries(accountabilityService, actionRepository, postmortemStatistics, learningFigures);
        this.library = new Library(learningIndex, permissions);
        this.relatedPostmortems = new RelatedPostmortems(incidentTickets, postmortemRepository, learningIndex,
                actionSummaries, permissions);
        this.postmortemExports = new PostmortemExports(postmortemService, incidentTickets, actionSummaries,
                configurationStore);
        this.learningMarksService = new LearningMarksService(postmortemService, learningMarks, learningIndexer,
                configurationStore);
        this.postmortemOfTheMonth = new PostmortemOfTheMonth(awardStore, postmortemRepository,
                learningIndex, permissions, configurationStore, people, outbox, notificationLedger, clock, BASE_URL);
        this.scheduler = new SandboxScheduler(dailyJobs(), clock);
        this.healthReport = createHealthReport();
        ticketEventHandlers().forEach(events::register);
        registerPanels(panels);
        registerPages(pages);
    }

    /** The health page over the sandbox's own host: its parts, its scheduler, the real AO on its database. */
    private HealthReport createHealthReport() {
        HostCalls host = new HostCalls(degradedFeatures);
        Map<String, Object> hostParts = new java.util.LinkedHashMap<>();
        hostParts.put("activeObjects", activeObjects);
        hostParts.put("people", people);
        hostParts.put("permissions", permissions);
        hostParts.put("tickets", workflow);
        hostParts.put("mail", outbox);
        hostParts.put("scheduler", scheduler);
        hostParts.put("clusterLocks", clusterLocks);
        return new HealthReport(new SandboxHostHealth(hostParts, permissions, scheduler,
                new ActiveObjectsSchema(activeObjects, host), host), configurationStore, postmortemWorkflowCheck);
    }

    /** The plugin's own store, over the testkit's ActiveObjects on the sandbox's database. */
    private ConfigurationStore createConfigurationStore() {
        return new AoConfigurationStore(activeObjects);
    }

    /** The plugin's REST resources, served at /jira/rest/postmortem/1.0. One line per resource. */
    public List<Object> pluginResources() {
        return List.of(
                new ConfigResource(configurationService, actors),
                new PlatformsResource(configurationService, actors),
                new PostmortemResource(actors, postmortemService, meetingScheduler, postmortemViews),
                new BlamelessResource(actors, people, blamelessReviewers),
                new PostmortemReviewResource(actors, blamelessDocumentReview),
                new TimelineResource(timelineService, actors),
                new ActionsResource(actors, actionService),
                new PostmortemWorkflowResource(postmortemWorkflowCheck, actors),
                new AccountabilityResource(accountabilityService, actors),
                new LearningResource(actors, library, learningIndex, relatedPostmortems, postmortemExports,
                        learningMarksService, postmortemOfTheMonth, configurationStore),
                new HealthResource(healthReport, actors),
                new LearningLoopResource(actors, postmortemService, qualityReview, readReceipts, openMeetings,
                        qualityScores),
                new LearningFiguresResource(learningFigures, actors));
    }

    /** The sandbox's own REST resources (what people do in Jira itself), at /jira/rest/sandbox/1.0. */
    public List<Object> sandboxResources() {
        SandboxAccess access = new SandboxAccess(actors, permissions, tickets);
        return List.of(
                new IncidentsResource(access, workflow, configurationStore, clock),
                new IssuesResource(access, workflow, tickets),
                new ClockResource(access, clock, scheduler),
                new OutboxResource(access, outbox));
    }

    /** The product's reactions to ticket events (postmortem lifecycle, action sync, ...). One line per handler. */
    private List<TicketEventHandler> ticketEventHandlers() {
        return List.of(postmortemService, actionSync, postmortemIssueMoves);
    }

    /** Told when a postmortem changes state (sharing the learnings on publish, ...). One line per listener. */
    private List<PostmortemListener> postmortemListeners() {
        return List.of(learningIndexer, publicationNotifier, postmortemIssueFollower);
    }

    /** The product's daily jobs, run by the sandbox's scheduler (Jira: once per cluster by the scheduler). */
    private List<SandboxScheduler.Job> dailyJobs() {
        return List.of(new SandboxScheduler.Job("postmortem reminders", postmortemReminders::run),
                new SandboxScheduler.Job("action reminders", actionReminders::run),
                new SandboxScheduler.Job("read reminders", readReminders::run),
                new SandboxScheduler.Job("quality refresh", qualityRefresh::run));
    }

    /** The plugin's web panels on the issue view. One {@code panels.register(...)} per panel. */
    private void registerPanels(IssuePanels panels) {
        panels.register(new IssuePanels.IssuePanel("postmortem-incident-panel", "Postmortem", IssuePanels.RIGHT, 10,
                "templates/panels/incident-postmortem.vm",
                context -> incidentTickets.find(context.issueKey()).isPresent(),
                context -> panelContext(panelModels.incidentPanel(context.issueKey(), actors.of(context.username())))));
        panels.register(new IssuePanels.IssuePanel("incident-timeline-panel", "Postmortem timeline", IssuePanels.LEFT, 60,
                "templates/panels/incident-timeline.vm",
                context -> incidentTickets.find(context.issueKey()).isPresent(),
                context -> panelContext(panelModels.incidentPanel(context.issueKey(), actors.of(context.username())))));
        panels.register(new IssuePanels.IssuePanel("postmortem-document-panel", "Postmortem document", IssuePanels.LEFT,
                10, "templates/panels/postmortem-document.vm",
                context -> postmortemRepository.findByKey(context.issueKey()).isPresent(),
                context -> panelContext(panelModels.postmortemPanel(context.issueKey(), actors.of(context.username())))));
        panels.register(new IssuePanels.IssuePanel("problem-ticket-panel", "Postmortem action", IssuePanels.RIGHT, 55,
                "templates/panels/problem-ticket.vm", context -> problemPanels.isProblemTicket(context.issueKey()),
                context -> panelContext(problemPanels.problemPanel(context.issueKey(), actors.of(context.username())))));
    }

    /** What a context provider puts in a panel's context: the view model and the context path. */
    private static Map<String, Object> panelContext(java.util.Optional<?> panel) {
        Map<String, Object> context = new java.util.HashMap<>();
        context.put("contextPath", CONTEXT_PATH);
        panel.ifPresent(model -> context.put("panel", model));
        return context;
    }

    /** Pages that replace the header's placeholders (dashboards, library, administration). */
    private void registerPages(Pages pages) {
        pages.register(Pages.ADMINISTRATION, request -> PluginPage.body(panelRenderer.render(AdminPage.TEMPLATE,
                AdminPage.context(CONTEXT_PATH)), "admin-page"));
        pages.register(Pages.DASHBOARDS, new DashboardsPage(configurationStore));
        pages.register(Pages.ISSUES, new IssueSearchPage(new ProductJql(jqlQueries, library), actors, tickets));
        pages.register(Pages.LIBRARY, request -> PluginPage.body(panelRenderer.render(LibraryPage.TEMPLATE,
                LibraryPage.model(CONTEXT_PATH, configurationStore.load()).context()), "library"));
    }

    /** The demo data, loaded in this order on the first start. One line per feature's step. */
    public DemoSeed demoSeed() {
        return new DemoSeed(List.of(
                new OrganisationStep(),
                new IncidentHistoryStep(),
                new PostmortemHistoryStep(),
                new TimelineHistoryStep(),
                new ActionHistoryStep(),
                new LearningHistoryStep()));
    }

    /** The plugin's Velocity templates, rendered by the testkit's renderer with Jira's escaping and $i18n. */
    public PanelRenderer panelRenderer() {
        return panelRenderer;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public SandboxDatabase database() {
        return database;
    }

    public Jdbc jdbc() {
        return jdbc;
    }

    public Settings settings() {
        return settings;
    }

    public SandboxClock clock() {
        return clock;
    }

    public ThreadBoundCurrentUser currentUser() {
        return currentUser;
    }

    public SandboxPeople people() {
        return people;
    }

    public SandboxPermissions permissions() {
        return permissions;
    }

    public ClusterLocks clusterLocks() {
        return clusterLocks;
    }

    public Outbox outbox() {
        return outbox;
    }

    public TicketStore tickets() {
        return tickets;
    }

    public TicketEventBus events() {
        return events;
    }

    public TicketWorkflow workflow() {
        return workflow;
    }

    public IncidentTickets incidentTickets() {
        return incidentTickets;
    }

    public PostmortemService postmortemService() {
        return postmortemService;
    }

    public AoPostmortemRepository postmortemRepository() {
        return postmortemRepository;
    }

    public ActionService actionService() {
        return actionService;
    }

    public AoActionRepository actionRepository() {
        return actionRepository;
    }

    public JqlQueries jqlQueries() {
        return jqlQueries;
    }

    public AccountabilityService accountabilityService() {
        return accountabilityService;
    }

    public LearningIndexer learningIndexer() {
        return learningIndexer;
    }

    public AoTimelineRepository timelineRepository() {
        return timelineRepository;
    }

    public AoIdeaRepository ideaRepository() {
        return ideaRepository;
    }

    public AoAwardStore awardStore() {
        return awardStore;
    }

    public AoNotificationLedger notificationLedger() {
        return notificationLedger;
    }

    public TimelineService timelineService() {
        return timelineService;
    }

    public SandboxScheduler scheduler() {
        return scheduler;
    }

    public ConfigurationStore configurationStore() {
        return configurationStore;
    }

    public Actors actors() {
        return actors;
    }

    public IssuePanels panels() {
        return panels;
    }

    public Pages pages() {
        return pages;
    }

    public DegradedFeatures degradedFeatures() {
        return degradedFeatures;
    }
}
