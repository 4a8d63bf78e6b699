package io.postmortem.plugin.jira.health;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.scheduler.SchedulerHistoryService;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunDetails;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Source;
import io.postmortem.core.health.HostHealth;
import io.postmortem.plugin.health.ActiveObjectsSchema;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.plugin.jira.scheduling.DailyJobScheduler;
import io.postmortem.plugin.jira.setup.PostmortemSetup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The health page's facts from Jira's own services. Calls whose signatures have no Jira 10/11 evidence (mail server,
 * scheduler details and history) go through {@link HostCalls}; services imported as optional are asked of the
 * OSGi registry first ({@link OsgiHostServices}), because calling an absent one blocks until the import times out.
 */
public final class JiraHostHealth implements HostHealth {
    static final String MAIL_FEATURE = "health: mail server";
    static final String JOB_FEATURE = "health: daily job schedule";
    static final String HISTORY_FEATURE = "health: daily job history";

    private final OsgiHostServices hostServices;
    private final IssueTypeManager issueTypeManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final CustomFieldManager customFieldManager;
    private final SchedulerService schedulerService;
    private final SchedulerHistoryService schedulerHistoryService;
    private final MailServerManager mailServerManager;
    private final ActiveObjectsSchema schema;
    private final HostCalls host;

    public JiraHostHealth(OsgiHostServices hostServices, IssueTypeManager issueTypeManager,
                          IssueLinkTypeManager issueLinkTypeManager, ProjectManager projectManager,
                          PermissionManager permissionManager, CustomFieldManager customFieldManager,
                          SchedulerService schedulerService, SchedulerHistoryService schedulerHistoryService,
                          MailServerManager mailServerManager, ActiveObjectsSchema schema, HostCalls host) {
        this.hostServices = hostServices;
        this.issueTypeManager = issueTypeManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.projectManager = projectManager;
        this.permissionManager = permissionManager;
        this.customFieldManager = customFieldManager;
        this.schedulerService = schedulerService;
        this.schedulerHistoryService = schedulerHistoryService;
        this.mailServerManager = mailServerManager;
        this.schema = schema;
        this.host = host;
    }

    @Override
    public List<HostService> services() {
        return hostServices.services();
    }

    @Override
    public Presence issueTypes() {
        List<String> required = List.of(PostmortemSetup.POSTMORTEM_ISSUE_TYPE, PostmortemSetup.PROBLEM_ISSUE_TYPE);
        return new Presence(required, required.stream().filter(name -> !issueTypeExists(name)).toList());
    }

    @Override
    public Presence linkTypes() {
        List<String> required = List.of(PostmortemSetup.POSTMORTEM_LINK, PostmortemSetup.ACTION_LINK);
        return new Presence(required, required.stream().filter(name -> {
            Collection<IssueLinkType> found = issueLinkTypeManager.getIssueLinkTypesByName(name);
            return found == null || found.isEmpty();
        }).toList());
    }

    /** Postmortems are created as the resolver when allowed, else as the project lead (JiraPostmortemTickets). */
    @Override
    public ProjectReadiness postmortemProject(String projectKey) {
        Project project = projectKey == null ? null : projectManager.getProjectObjByKey(projectKey);
        if (project == null) {
            return new ProjectReadiness(projectKey, false, null);
        }
        ApplicationUser lead = project.getProjectLead();
        boolean leadMayCreate = lead != null
                && permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, project, lead);
        return new ProjectReadiness(projectKey, true, leadMayCreate ? lead.getUsername() : null);
    }

    @Override
    public MappingReadiness incidentMapping(IncidentMapping mapping) {
        List<String> missingTypes = mapping.incidentIssueTypes().stream().filter(name -> !issueTypeExists(name)).toList();
        List<String> missingFields = new ArrayList<>();
        checkField("severity", mapping.severitySource(), mapping.severityField(), missingFields);
        checkField("owning team", mapping.owningTeamSource(), mapping.owningTeamField(), missingFields);
        checkField("impacted teams", mapping.impactedTeamsSource(), mapping.impactedTeamsField(), missingFields);
        return new MappingReadiness(mapping.incidentIssueTypes(), missingTypes, missingFields);
    }

    private void checkField(String what, Source source, String fieldId, List<String> missing) {
        if (source != Source.CUSTOM_FIELD) {
            return;
        }
        if (fieldId == null || fieldId.isBlank()) {
            missing.add(what + " (no field set)");
        } else if (customFieldManager.getCustomFieldObject(fieldId) == null) {
            missing.add(what + " " + fieldId);
        }
    }

    @Override
    public Known<Boolean> mailServerConfigured() {
        if (!hostServices.isAvailable(MailServerManager.class.getName())) {
            return Known.unknown("Jira does not provide " + MailServerManager.class.getName() + " to apps.");
        }
        Optional<Boolean> configured = host.optional(MAIL_FEATURE, () -> mailServerManager.getDefaultSMTPMailServer() != null);
        return configured.map(Known::of).orElseGet(() -> Known.unknown("this Jira's MailServerManager is not the "
                + "one the app was built against."));
    }

    @Override
    public Known<DailyJobState> dailyJob() {
        if (host.isOff(JOB_FEATURE)) {
            return Known.unknown("this Jira's scheduler API is not the one the app was built against.");
        }
        Optional<Optional<JobDetails>> details = host.optional(JOB_FEATURE, () -> Optional.ofNullable(schedulerService.getJobDetails(DailyJobScheduler.jobId())));
        if (details.isEmpty()) {
            return Known.unknown("this Jira's scheduler API is not the one the app was built against.");
        }
        if (details.get().isEmpty()) {
            return Known.of(new DailyJobState(false, false, null, null, null, null));
        }
        JobDetails job = details.get().get();
        Optional<JobFacts> facts = host.optional(JOB_FEATURE, () -> new JobFacts(job.getRunMode() == RunMode.RUN_ONCE_PER_CLUSTER, instant(job.getNextRunTime())));
        if (facts.isEmpty()) {
            return Known.unknown("this Jira's scheduler API is not the one the app was built against.");
        }
        LastRun last = lastRun();
        return Known.of(new DailyJobState(true, facts.get().oncePerCluster(), facts.get().nextRun(), last.at(),
                last.outcome(), last.message()));
    }

    private record JobFacts(boolean oncePerCluster, Instant nextRun) {
    }

    private record LastRun(Instant at, String outcome, String message) {
        static final LastRun NONE = new LastRun(null, null, null);
    }

    /** The last run from the scheduler's history; none when Jira does not provide the history to apps. */
    private LastRun lastRun() {
        if (!hostServices.isAvailable(SchedulerHistoryService.class.getName())) {
            return LastRun.NONE;
        }
        return host.optional(HISTORY_FEATURE, () -> {
                    RunDetails run = schedulerHistoryService.getLastRunForJob(DailyJobScheduler.jobId());
                    return run == null ? LastRun.NONE
                            // The outcome by its name: no constant of Jira's enum is linked.
                            : new LastRun(instant(run.getStartTime()), Objects.toString(run.getRunOutcome(), null),
                            run.getMessage());
                }).orElse(LastRun.NONE);
    }

    @Override
    public DatabaseState database() {
        return schema.state();
    }

    @Override
    public List<Degradation> degradations() {
        return host.degradations();
    }

    private boolean issueTypeExists(String name) {
        Collection<IssueType> types = issueTypeManager.getIssueTypes();
        return types != null && types.stream().anyMatch(type -> name.equalsIgnoreCase(type.getName()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
