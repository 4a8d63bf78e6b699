package io.postmortem.core.health;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.health.HostHealth.DailyJobState;
import io.postmortem.core.health.HostHealth.DatabaseState;
import io.postmortem.core.health.HostHealth.Degradation;
import io.postmortem.core.health.HostHealth.HostService;
import io.postmortem.core.health.HostHealth.Known;
import io.postmortem.core.health.HostHealth.MappingReadiness;
import io.postmortem.core.health.HostHealth.Presence;
import io.postmortem.core.health.HostHealth.ProjectReadiness;
import io.postmortem.core.shared.ForbiddenException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The health page: what works on this host and what an administrator must fix. The host answers facts
 * ({@link HostHealth}); the statuses, details and fixes are decided here, so Jira and the sandbox report alike.
 * One check failing to run is reported as that check's failure, never as a broken page.
 */
public final class HealthReport {
    public static final String ISSUE_TYPES = "issue-types";
    public static final String LINK_TYPES = "link-types";
    public static final String POSTMORTEM_PROJECT = "postmortem-project";
    public static final String INCIDENT_MAPPING = "incident-mapping";
    public static final String MAIL_SERVER = "mail-server";
    public static final String DAILY_JOB = "daily-job";
    public static final String DATABASE = "database";
    public static final String LINKAGE = "linkage";
    public static final String HOST_SERVICE_PREFIX = "host-service.";

    private static final String REENABLE = "Disable and enable the Postmortem for Jira app: it creates what is missing "
            + "when it starts. If it still misses, check the Jira log for \"Postmortem for Jira set up\".";

    private final HostHealth host;
    private final ConfigurationStore configurationStore;

    public HealthReport(HostHealth host, ConfigurationStore configurationStore) {
        this.host = host;
        this.configurationStore = configurationStore;
    }

    /** Every check, in a fixed order. Administrators only. */
    public List<HealthCheck> checks(Actor caller) {
        if (!caller.administrator()) {
            throw new ForbiddenException("Only Jira administrators can see Postmortem for Jira's health.");
        }
        List<HealthCheck> checks = new ArrayList<>();
        checks.addAll(many(HOST_SERVICE_PREFIX + "all", () -> services(host.services())));
        checks.add(one(ISSUE_TYPES, () -> issueTypes(host.issueTypes())));
        checks.add(one(LINK_TYPES, () -> linkTypes(host.linkTypes())));
        checks.add(one(POSTMORTEM_PROJECT, () -> postmortemProject(host.postmortemProject(mapping().postmortemProject()))));
        checks.add(one(INCIDENT_MAPPING, () -> incidentMapping(host.incidentMapping(mapping()))));
        checks.add(one(MAIL_SERVER, () -> mailServer(host.mailServerConfigured())));
        checks.add(one(DAILY_JOB, () -> dailyJob(host.dailyJob())));
        checks.add(one(DATABASE, () -> database(host.database())));
        checks.addAll(many(LINKAGE, () -> linkage(host.degradations())));
        return List.copyOf(checks);
    }

    private IncidentMapping mapping() {
        return configurationStore.load().incidentMapping();
    }

    static List<HealthCheck> services(List<HostService> services) {
        return services.stream().map(service -> {
            String id = HOST_SERVICE_PREFIX + service.name();
            if (service.available()) {
                return HealthCheck.ok(id, service.type() + " is available.");
            }
            return service.required()
                    ? HealthCheck.fail(id, service.type() + " is not available; the app cannot work without it.",
                    "Check that Jira and its bundled apps are running and enabled, then restart the app.")
                    : HealthCheck.warn(id, service.type() + " is not available; the features that use it are off.",
                    "This Jira does not provide the service to apps. Upgrade Jira, or accept that those features stay off.");
        }).toList();
    }

    static HealthCheck issueTypes(Presence types) {
        if (types.missing().isEmpty()) {
            return HealthCheck.ok(ISSUE_TYPES, "Issue types present: " + String.join(", ", types.required()) + ".");
        }
        return HealthCheck.fail(ISSUE_TYPES, "Missing issue types: " + String.join(", ", types.missing())
                + ". Postmortems or actions cannot be created.", REENABLE);
    }

    static HealthCheck linkTypes(Presence types) {
        if (types.missing().isEmpty()) {
            return HealthCheck.ok(LINK_TYPES, "Issue link types present: " + String.join(", ", types.required()) + ".");
        }
        return HealthCheck.fail(LINK_TYPES, "Missing issue link types: " + String.join(", ", types.missing())
                + ". Postmortems cannot be linked to their incidents and actions.", REENABLE);
    }

    static HealthCheck postmortemProject(ProjectReadiness project) {
        if (!project.exists()) {
            return HealthCheck.fail(POSTMORTEM_PROJECT, "The postmortem project " + project.key() + " does not exist.",
                    "Create the project, or set an existing one as the postmortem project in the incident mapping.");
        }
        if (project.creator() == null) {
            return HealthCheck.warn(POSTMORTEM_PROJECT, "Project " + project.key() + " exists, but the app can only "
                    + "create postmortems there as users who may create issues in it.",
                    "Give the project a lead who has the Create Issues permission in " + project.key()
                            + ", so postmortems are created when the resolver may not.");
        }
        return HealthCheck.ok(POSTMORTEM_PROJECT, "Project " + project.key() + " exists; postmortems are created "
                + "there (as " + project.creator() + " when the resolver may not create issues).");
    }

    static HealthCheck incidentMapping(MappingReadiness mapping) {
        if (!mapping.issueTypes().isEmpty() && mapping.missingIssueTypes().size() == mapping.issueTypes().size()) {
            return HealthCheck.fail(INCIDENT_MAPPING, "None of the incident issue types exist: "
                    + String.join(", ", mapping.missingIssueTypes()) + ". No incident is recognised.",
                    "Set the issue types your incidents use in the incident mapping.");
        }
        if (mapping.issueTypes().isEmpty()) {
            return HealthCheck.fail(INCIDENT_MAPPING, "The incident mapping names no issue type. No incident is "
                    + "recognised.", "Set the issue types your incidents use in the incident mapping.");
        }
        List<String> problems = new ArrayList<>();
        if (!mapping.missingIssueTypes().isEmpty()) {
            problems.add("issue types that do not exist: " + String.join(", ", mapping.missingIssueTypes()));
        }
        if (!mapping.missingFields().isEmpty()) {
            problems.add("fields that do not exist: " + String.join(", ", mapping.missingFields()));
        }
        if (!problems.isEmpty()) {
            return HealthCheck.warn(INCIDENT_MAPPING, "The incident mapping names " + String.join("; ", problems) + ".",
                    "Correct the incident mapping: incidents of those types, or their severity and teams, are not read.");
        }
        return HealthCheck.ok(INCIDENT_MAPPING, "Incidents are issues of type " + String.join(", ", mapping.issueTypes())
                + "; every field the mapping names exists.");
    }

    static HealthCheck mailServer(Known<Boolean> configured) {
        if (!configured.isKnown()) {
            return HealthCheck.warn(MAIL_SERVER, "Could not tell whether a mail server is configured: "
                    + configured.unknownBecause(), "Check Jira's outgoing mail settings by hand.");
        }
        if (!configured.value()) {
            return HealthCheck.fail(MAIL_SERVER, "No outgoing mail server is configured: invitations, reminders "
                    + "and summaries are not sent.", "Configure an SMTP mail server in Jira's administration (System > Outgoing mail).");
        }
        return HealthCheck.ok(MAIL_SERVER, "An outgoing mail server is configured.");
    }

    static HealthCheck dailyJob(Known<DailyJobState> known) {
        if (!known.isKnown()) {
            return HealthCheck.warn(DAILY_JOB, "Could not read the daily job's schedule: " + known.unknownBecause(),
                    "Look for io.postmortem.postmortem-for-jira:daily-jobs in Jira's scheduler administration.");
        }
        DailyJobState job = known.value();
        if (!job.scheduled()) {
            return HealthCheck.fail(DAILY_JOB, "The daily job (reminders, escalations, digests) is not scheduled.",
                    "Disable and enable the app: it schedules the job when it starts.");
        }
        if (!job.oncePerCluster()) {
            return HealthCheck.fail(DAILY_JOB, "The daily job is scheduled to run on every node, not once per cluster.",
                    "Disable and enable the app: it schedules the job once per cluster when it starts.");
        }
        String next = job.nextRun() == null ? "" : " Next run: " + job.nextRun() + ".";
        if (job.lastRun() == null) {
            return HealthCheck.ok(DAILY_JOB, "Scheduled once per cluster; it has not run yet." + next);
        }
        String last = " Last run: " + job.lastRun() + ", " + job.lastOutcome()
                + (job.lastMessage() == null || job.lastMessage().isBlank() ? "" : " (" + job.lastMessage() + ")") + ".";
        if (job.lastRunFailed()) {
            return HealthCheck.warn(DAILY_JOB, "Scheduled once per cluster." + last + next,
                    "Look in the Jira log for \"Daily job\" errors around the last run.");
        }
        return HealthCheck.ok(DAILY_JOB, "Scheduled once per cluster." + last + next);
    }

    static HealthCheck database(DatabaseState database) {
        String what = (database.type() == null ? "An unknown database" : database.type())
                + ", Active Objects schema version " + database.schemaVersion();
        if (!database.missingTables().isEmpty()) {
            return HealthCheck.fail(DATABASE, what + "; missing tables: " + String.join(", ", database.missingTables()) + ".",
                    "Look in the Jira log for Active Objects errors of the app, then disable and enable it.");
        }
        if (database.type() == null) {
            return HealthCheck.warn(DATABASE, what + "; all " + database.tables() + " tables present.",
                    "The app is tested on PostgreSQL, MySQL, Oracle and SQL Server; check Jira's database configuration.");
        }
        return HealthCheck.ok(DATABASE, what + "; all " + database.tables() + " tables present.");
    }

    static List<HealthCheck> linkage(List<Degradation> degradations) {
        if (degradations.isEmpty()) {
            return List.of(HealthCheck.ok(LINKAGE, "No guarded call into Jira has failed since the app started."));
        }
        return degradations.stream().map(degradation -> HealthCheck.warn(LINKAGE + "." + degradation.feature(),
                "Off since " + degradation.since() + ": " + degradation.feature() + " could not reach "
                        + degradation.member() + " (" + degradation.error() + ").",
                "This Jira's API differs from the one the app was built for. Report it with your Jira version; "
                        + "restarting the app retries.")).toList();
    }

    private static HealthCheck one(String id, Supplier<HealthCheck> check) {
        return many(id, () -> List.of(check.get())).get(0);
    }

    private static List<HealthCheck> many(String id, Supplier<List<HealthCheck>> checks) {
        try {
            return checks.get();
        } catch (RuntimeException | LinkageError failure) {
            return List.of(HealthCheck.fail(id, "The check could not run: " + failure,
                    "Look in the Jira log for errors of Postmortem for Jira."));
        }
    }
}
