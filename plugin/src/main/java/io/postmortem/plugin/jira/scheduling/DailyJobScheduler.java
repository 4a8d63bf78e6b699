package io.postmortem.plugin.jira.scheduling;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.mail.DailyJob;
import io.postmortem.plugin.health.HostCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

/**
 * Runs every {@link DailyJob} once a day on one node of the cluster, through atlassian-scheduler.
 * <p>
 * The schedule is a cron at {@value #CRON} (07:00) in the organisation's time zone (the business calendar of the
 * policies), so "due today" mails arrive at the start of the working day. The zone is read when the plugin starts:
 * a changed zone takes effect at the next start. Every node registers the runner (the scheduler may pick any node);
 * scheduling the same job id again replaces the schedule, so starting on many nodes keeps one job.
 * <p>
 * Guarded ({@value #FEATURE}): the scheduler calls are not confirmed for Jira 10/11 by a public source, so a
 * linkage failure turns only the daily jobs off (health page) instead of failing the plugin's start.
 */
public final class DailyJobScheduler implements JobRunner {
    static final String FEATURE = "daily-jobs";
    static final String KEY = "io.postmortem.postmortem-for-jira:daily-jobs";
    static final String CRON = "0 0 7 * * ?";

    private static final Logger log = LoggerFactory.getLogger(DailyJobScheduler.class);

    private final SchedulerService schedulerService;
    private final List<DailyJob> jobs;
    private final ConfigurationStore configurationStore;
    private final HostCalls host;

    public DailyJobScheduler(SchedulerService schedulerService, List<DailyJob> jobs,
                             ConfigurationStore configurationStore, HostCalls host) {
        this.schedulerService = schedulerService;
        this.jobs = List.copyOf(jobs);
        this.configurationStore = configurationStore;
        this.host = host;
    }

    // Keys are made when used, inside the guard: a static initialiser would fail outside it.
    static JobRunnerKey runnerKey() {
        return JobRunnerKey.of(KEY);
    }

    public static JobId jobId() {
        return JobId.of(KEY);
    }

    /** Registers the runner on this node and (re)schedules the daily job for the cluster. */
    public void start() {
        ZoneId zone = organisationZone();
        host.callOr(FEATURE, () -> {
            schedulerService.registerJobRunner(runnerKey(), this);
            try {
                schedulerService.scheduleJob(jobId(), JobConfig.forJobRunnerKey(runnerKey())
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forCronExpression(CRON, TimeZone.getTimeZone(zone))));
            } catch (SchedulerServiceException failure) {
                log.error("Could not schedule the daily postmortem jobs; reminders will not be sent", failure);
            }
            return null;
        }, () -> null);
    }

    /**
     * Unregisters this node's runner. The job stays scheduled: other nodes still run it, and a node that starts again
     * registers the runner again.
     */
    public void stop() {
        host.callOr(FEATURE, () -> {
            schedulerService.unregisterJobRunner(runnerKey());
            return null;
        }, () -> null);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        int sent = 0;
        List<String> failed = new ArrayList<>();
        RuntimeException firstFailure = null;
        for (DailyJob job : jobs) {
            try {
                sent += job.run();
            } catch (RuntimeException failure) {
                // One job's failure must not keep the others from running today.
                log.error("Daily job {} failed", job.name(), failure);
                failed.add(job.name());
                if (firstFailure == null) {
                    firstFailure = failure;
                }
            }
        }
        if (firstFailure != null) {
            IllegalStateException outcome = new IllegalStateException("Daily jobs failed: " + failed + "; "
                    + sent + " mail(s) sent by the others", firstFailure);
            return host.callOr(FEATURE, () -> JobRunnerResponse.failed(outcome), () -> null);
        }
        String outcome = jobs.size() + " daily job(s) ran, " + sent + " mail(s) sent";
        // A null response is the scheduler's "no message": the run still counts.
        return host.callOr(FEATURE, () -> JobRunnerResponse.success(outcome), () -> null);
    }

    private ZoneId organisationZone() {
        try {
            return configurationStore.load().policies().calendar().zone();
        } catch (RuntimeException unreadable) {
            log.warn("Could not read the organisation's time zone; scheduling daily jobs in UTC", unreadable);
            return ZoneId.of("UTC");
        }
    }
}
