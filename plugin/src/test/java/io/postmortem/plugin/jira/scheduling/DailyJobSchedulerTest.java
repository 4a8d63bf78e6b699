package io.postmortem.plugin.jira.scheduling;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Policies;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.mail.DailyJob;
import io.postmortem.plugin.health.DegradedFeatures;
import io.postmortem.plugin.health.HostCalls;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class DailyJobSchedulerTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final List<String> ran = new ArrayList<>();
    private final DegradedFeatures degraded = new DegradedFeatures(Clock.systemUTC());

    private DailyJobScheduler scheduler(SchedulerService service, List<DailyJob> jobs, ConfigurationStore store) {
        return new DailyJobScheduler(service, jobs, store, new HostCalls(degraded));
    }

    @Test
    void aSchedulerThisJiraDoesNotLinkTurnsOnlyTheDailyJobsOffAndIsReportedOnce() throws Exception {
        doThrow(new NoSuchMethodError("'void com.atlassian.scheduler.SchedulerService.registerJobRunner(...)'"))
                .when(scheduler).registerJobRunner(any(), any());
        DailyJobScheduler daily = scheduler(scheduler, List.of(job("a", 1)), store("Europe/London"));

        daily.start();
        daily.start();

        assertThat(degraded.all()).singleElement().satisfies(d -> {
            assertThat(d.feature()).isEqualTo("daily-jobs");
            assertThat(d.member()).contains("registerJobRunner");
        });
        verify(scheduler, never()).scheduleJob(any(), any());
    }

    @Test
    void startRegistersTheRunnerAndSchedulesADailyCronOncePerClusterInTheOrganisationsZone() throws Exception {
        DailyJobScheduler daily = scheduler(scheduler, List.of(job("a", 1)), store("America/New_York"));

        daily.start();

        verify(scheduler).registerJobRunner(DailyJobScheduler.runnerKey(), daily);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(DailyJobScheduler.jobId()), config.capture());
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(JobRunnerKey.of("io.postmortem.postmortem-for-jira:daily-jobs"));
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getSchedule().declaredCronExpression()).isEqualTo("0 0 7 * * ?");
        assertThat(config.getValue().getSchedule().declaredTimeZone().getID()).isEqualTo("America/New_York");
    }

    @Test
    void stopUnregistersTheRunnerButKeepsTheClusterJobScheduled() {
        DailyJobScheduler daily = scheduler(scheduler, List.of(), store("Europe/London"));

        daily.stop();

        verify(scheduler).unregisterJobRunner(DailyJobScheduler.runnerKey());
        verify(scheduler, never()).registerJobRunner(any(), any());
    }

    @Test
    void aSchedulingFailureIsLoggedAndTheRunnerStaysRegistered() throws Exception {
        doThrow(new SchedulerServiceException("no scheduler")).when(scheduler).scheduleJob(any(), any());
        DailyJobScheduler daily = scheduler(scheduler, List.of(), store("Europe/London"));

        daily.start();

        verify(scheduler).registerJobRunner(DailyJobScheduler.runnerKey(), daily);
    }

    @Test
    void aRunRunsEveryDailyJobAndReportsTheMailsSent() {
        DailyJobScheduler daily = scheduler(scheduler, List.of(job("reminders", 3), job("digest", 2)),
                store("Europe/London"));

        JobRunnerResponse response = daily.runJob(mock(JobRunnerRequest.class));

        assertThat(ran).containsExactly("reminders", "digest");
        assertThat(response.declaredSuccess()).isTrue();
        assertThat(response.declaredMessage()).isEqualTo("2 daily job(s) ran, 5 mail(s) sent");
    }

    @Test
    void oneFailingJobDoesNotStopTheOthersAndTheRunIsReportedFailed() {
        DailyJob broken = new DailyJob() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public int run() {
                ran.add("broken");
                throw new IllegalStateException("mail server down");
            }
        };
        DailyJobScheduler daily = scheduler(scheduler, List.of(broken, job("digest", 2)),
                store("Europe/London"));

        JobRunnerResponse response = daily.runJob(mock(JobRunnerRequest.class));

        assertThat(ran).containsExactly("broken", "digest");
        assertThat(response.declaredSuccess()).isFalse();
        assertThat(response.declaredMessage()).contains("broken").contains("2 mail(s)");
    }

    @Test
    void theJobIdAndRunnerKeyAreStableAcrossVersions() {
        // Renaming them would leave the old job scheduled in every customer's database.
        assertThat(DailyJobScheduler.jobId()).isEqualTo(JobId.of("io.postmortem.postmortem-for-jira:daily-jobs"));
    }

    private DailyJob job(String name, int mails) {
        return new DailyJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int run() {
                ran.add(name);
                return mails;
            }
        };
    }

    private static ConfigurationStore store(String zone) {
        Policies defaults = Policies.defaults();
        Policies policies = new Policies(defaults.postmortemSeverities(), defaults.meetingDueBusinessDays(),
                defaults.facilitator(), defaults.actionDueBusinessDays(),
                new BusinessCalendar(ZoneId.of(zone), Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of()),
                defaults.escalateAfterBusinessDays(), defaults.actionDueSoonBusinessDays(), defaults.leadDigestDay());
        Configuration configuration = new Configuration(new Directory(List.of(), List.of(), "mim", "sre"),
                IncidentMapping.defaults(), policies);
        return new ConfigurationStore() {
            @Override
            public Configuration load() {
                return configuration;
            }

            @Override
            public void save(Configuration changed, String actor, List<String> changes) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<AuditEntry> audit(int limit) {
                return List.of();
            }
        };
    }
}
