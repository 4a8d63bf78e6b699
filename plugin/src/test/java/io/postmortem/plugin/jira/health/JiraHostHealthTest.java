package io.postmortem.plugin.jira.health;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.scheduler.SchedulerHistoryService;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunDetails;
import com.atlassian.scheduler.status.RunOutcome;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Source;
import io.postmortem.core.health.HostHealth.DailyJobState;
import io.postmortem.core.health.HostHealth.HostService;
import io.postmortem.core.health.HostHealth.Known;
import io.postmortem.core.health.HostHealth.MappingReadiness;
import io.postmortem.core.health.HostHealth.ProjectReadiness;
import io.postmortem.plugin.health.ActiveObjectsSchema;
import io.postmortem.plugin.health.DegradedFeatures;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.plugin.jira.scheduling.DailyJobScheduler;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The health facts read from Jira's managers (Mockito) and an OSGi registry holding the services listed. */
class JiraHostHealthTest {
    private static final Instant SEVEN = Instant.parse("2026-11-25T07:00:00Z");

    private final Set<String> registered = new HashSet<>();
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final SchedulerHistoryService history = mock(SchedulerHistoryService.class);
    private final MailServerManager mail = mock(MailServerManager.class);
    private final DegradedFeatures degraded = new DegradedFeatures(Clock.systemUTC());
    private final HostCalls host = new HostCalls(degraded);
    private final JiraHostHealth health = new JiraHostHealth(new OsgiHostServices(registry(registered)), issueTypes,
            linkTypes, projects, permissions, fields, scheduler, history, mail,
            new ActiveObjectsSchema(mock(ActiveObjects.class), host), host);

    @Test
    void everyImportedServiceIsListedWithWhetherTheRegistryHasIt() {
        registered.add("com.atlassian.jira.bc.issue.IssueService");

        List<HostService> services = health.services();

        assertThat(services).extracting(HostService::name).contains("activeObjects", "issueService",
                "mailServerManager", "schedulerHistoryService");
        assertThat(services).filteredOn(service -> service.name().equals("issueService")).singleElement()
                .satisfies(service -> assertThat(service.available() && service.required()).isTrue());
        assertThat(services).filteredOn(service -> service.name().equals("mailServerManager")).singleElement()
                .satisfies(service -> assertThat(service.available() || service.required()).isFalse());
    }

    @Test
    void theImportsAreReadExactlyAsSpringReadsTheFile() throws Exception {
        org.w3c.dom.NodeList references;
        try (java.io.InputStream in = getClass().getResourceAsStream(OsgiHostServices.HOST_IMPORTS)) {
            references = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("osgi:reference");
        }
        List<OsgiHostServices.Import> imports = OsgiHostServices.readImports();

        assertThat(imports).hasSize(references.getLength());
        for (int i = 0; i < references.getLength(); i++) {
            org.w3c.dom.Element reference = (org.w3c.dom.Element) references.item(i);
            assertThat(imports.get(i)).isEqualTo(new OsgiHostServices.Import(reference.getAttribute("id"),
                    reference.getAttribute("interface"), !reference.getAttribute("availability").equals("optional")));
        }
    }

    @Test
    void issueAndLinkTypesAreLookedUpByName() {
        IssueType postmortem = mock(IssueType.class);
        when(postmortem.getName()).thenReturn("postmortem");
        when(issueTypes.getIssueTypes()).thenReturn(List.of(postmortem));
        when(linkTypes.getIssueLinkTypesByName("Postmortem")).thenReturn(List.of(mock(IssueLinkType.class)));
        when(linkTypes.getIssueLinkTypesByName("Postmortem action")).thenReturn(List.of());

        assertThat(health.issueTypes().missing()).containsExactly("Problem");
        assertThat(health.linkTypes().missing()).containsExactly("Postmortem action");
    }

    @Test
    void theProjectLeadCreatesPostmortemsOnlyWithTheCreatePermission() {
        assertThat(health.postmortemProject("PM")).isEqualTo(new ProjectReadiness("PM", false, null));

        Project project = mock(Project.class);
        ApplicationUser lead = mock(ApplicationUser.class);
        when(lead.getUsername()).thenReturn("lead-pm");
        when(project.getProjectLead()).thenReturn(lead);
        when(projects.getProjectObjByKey("PM")).thenReturn(project);
        assertThat(health.postmortemProject("PM")).isEqualTo(new ProjectReadiness("PM", true, null));

        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, lead)).thenReturn(true);
        assertThat(health.postmortemProject("PM")).isEqualTo(new ProjectReadiness("PM", true, "lead-pm"));
    }

    @Test
    void theMappingsIssueTypesAndCustomFieldsMustExist() {
        IssueType incident = mock(IssueType.class);
        when(incident.getName()).thenReturn("Incident");
        when(issueTypes.getIssueTypes()).thenReturn(List.of(incident));
        when(fields.getCustomFieldObject("customfield_10100")).thenReturn(mock(CustomField.class));
        IncidentMapping mapping = new IncidentMapping(List.of("Incident", "Outage"), Source.CUSTOM_FIELD,
                "customfield_10100", Map.of(), Source.CUSTOM_FIELD, "customfield_404", Source.CUSTOM_FIELD, null, "PM");

        MappingReadiness readiness = health.incidentMapping(mapping);

        assertThat(readiness.missingIssueTypes()).containsExactly("Outage");
        assertThat(readiness.missingFields()).containsExactly("owning team customfield_404",
                "impacted teams (no field set)");
    }

    @Test
    void theMailServerIsAskedOnlyWhenJiraProvidesTheService() {
        assertThat(health.mailServerConfigured().isKnown()).isFalse();
        verifyNoInteractions(mail);

        registered.add(MailServerManager.class.getName());
        assertThat(health.mailServerConfigured()).isEqualTo(Known.of(false));
        when(mail.getDefaultSMTPMailServer()).thenReturn(mock(SMTPMailServer.class));
        assertThat(health.mailServerConfigured()).isEqualTo(Known.of(true));
    }

    @Test
    void aMailServerManagerThatDoesNotLinkIsReportedAndDegraded() {
        registered.add(MailServerManager.class.getName());
        when(mail.getDefaultSMTPMailServer()).thenThrow(new NoSuchMethodError("getDefaultSMTPMailServer"));

        assertThat(health.mailServerConfigured().isKnown()).isFalse();
        assertThat(health.degradations()).singleElement().satisfies(degradation ->
                assertThat(degradation.feature()).isEqualTo(JiraHostHealth.MAIL_FEATURE));
    }

    @Test
    void theDailyJobIsReadFromTheSchedulerWithItsLastRun() {
        assertThat(health.dailyJob().value().scheduled()).isFalse();

        JobDetails job = mock(JobDetails.class);
        when(job.getRunMode()).thenReturn(RunMode.RUN_ONCE_PER_CLUSTER);
        when(job.getNextRunTime()).thenReturn(Date.from(SEVEN.plusSeconds(86_400)));
        when(scheduler.getJobDetails(DailyJobScheduler.jobId())).thenReturn(job);
        assertThat(health.dailyJob().value()).isEqualTo(new DailyJobState(true, true, SEVEN.plusSeconds(86_400),
                null, null, null));
        verifyNoInteractions(history); // Jira does not provide the history: no last run, no blocking call

        registered.add(SchedulerHistoryService.class.getName());
        RunDetails run = mock(RunDetails.class);
        when(run.getStartTime()).thenReturn(Date.from(SEVEN));
        when(run.getRunOutcome()).thenReturn(RunOutcome.FAILED);
        when(run.getMessage()).thenReturn("Daily jobs failed: [action reminders]");
        when(history.getLastRunForJob(DailyJobScheduler.jobId())).thenReturn(run);
        DailyJobState state = health.dailyJob().value();
        assertThat(state.lastRun()).isEqualTo(SEVEN);
        assertThat(state.lastOutcome()).isEqualTo("FAILED");
        assertThat(state.lastRunFailed()).isTrue();

        when(job.getRunMode()).thenReturn(RunMode.RUN_LOCALLY);
        assertThat(health.dailyJob().value().oncePerCluster()).isFalse();
    }

    @Test
    void aSchedulerThatDoesNotLinkMakesTheJobUnknown() {
        when(scheduler.getJobDetails(DailyJobScheduler.jobId())).thenThrow(new AbstractMethodError("getJobDetails"));

        assertThat(health.dailyJob().isKnown()).isFalse();
        assertThat(health.dailyJob().isKnown()).isFalse();
        assertThat(degraded.isDegraded(JiraHostHealth.JOB_FEATURE)).isTrue();
    }

    /** An OSGi registry (a hand-made BundleContext) in which exactly the named interfaces have a service. */
    private static BundleContext registry(Set<String> registered) {
        ServiceReference<?> reference = (ServiceReference<?>) Proxy.newProxyInstance(
                JiraHostHealthTest.class.getClassLoader(), new Class<?>[]{ServiceReference.class},
                (proxy, method, args) -> method.getName().equals("toString") ? "reference" : null);
        return (BundleContext) Proxy.newProxyInstance(JiraHostHealthTest.class.getClassLoader(),
                new Class<?>[]{BundleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getServiceReference") && args[0] instanceof String type) {
                        return registered.contains(type) ? reference : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
