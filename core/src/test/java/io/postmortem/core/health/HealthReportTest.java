package io.postmortem.core.health;

import io.postmortem.core.access.Actor;
import io.postmortem.core.health.HostHealth.DailyJobState;
import io.postmortem.core.health.HostHealth.DatabaseState;
import io.postmortem.core.health.HostHealth.Degradation;
import io.postmortem.core.health.HostHealth.HostService;
import io.postmortem.core.health.HostHealth.Known;
import io.postmortem.core.health.HostHealth.MappingReadiness;
import io.postmortem.core.health.HostHealth.Presence;
import io.postmortem.core.health.HostHealth.ProjectReadiness;
import io.postmortem.core.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.postmortem.core.postmortemissue.PostmortemWorkflowCheck;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.TestHostHealth;
import io.postmortem.core.testing.TestOrganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthReportTest {
    private static final Actor ADMIN = new Actor("admin", Set.of(), true);
    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    private final TestHostHealth host = new TestHostHealth().expectingProject("PM");
    private final TestOrganisation configuration = TestOrganisation.builder().build();
    private final InMemoryPostmortems workflow = InMemoryPostmortems.withTransitions(InMemoryPostmortems.SIMPLIFIED);
    private final HealthReport report = new HealthReport(host, configuration,
            new PostmortemWorkflowCheck(configuration, workflow));

    @Test
    void onlyAdministratorsSeeTheReport() {
        assertThatThrownBy(() -> report.checks(new Actor("mim", Set.of("major-incident-management"), false)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aHealthyHostIsAllOkWithEveryCheckInOrder() {
        List<HealthCheck> checks = report.checks(ADMIN);

        assertThat(checks).extracting(HealthCheck::id).containsExactly("host-service.mailQueue",
                "host-service.mailServerManager", "issue-types", "link-types", "postmortem-project",
                "incident-mapping", "mail-server", "postmortem-workflow", "daily-job", "database", "linkage");
        assertThat(checks).extracting(HealthCheck::status).containsOnly(HealthStatus.OK);
        assertThat(checks).extracting(HealthCheck::fix).containsOnly("");
    }

    @Test
    void aMissingRequiredServiceFailsAndAMissingOptionalOneWarns() {
        List<HealthCheck> checks = HealthReport.services(List.of(
                new HostService("mailQueue", "com.atlassian.mail.queue.MailQueue", true, false),
                new HostService("mailServerManager", "com.atlassian.mail.server.MailServerManager", false, false)));

        assertThat(checks).extracting(HealthCheck::status).containsExactly(HealthStatus.FAIL, HealthStatus.WARN);
        assertThat(checks.get(1).detail()).contains("MailServerManager", "not available");
        assertThat(checks).allSatisfy(check -> assertThat(check.fix()).isNotBlank());
    }

    @Test
    void missingIssueAndLinkTypesFailNamingThem() {
        HealthCheck types = HealthReport.issueTypes(new Presence(List.of("Postmortem", "Problem"), List.of("Problem")));
        HealthCheck links = HealthReport.linkTypes(new Presence(List.of("Postmortem", "Postmortem action"),
                List.of("Postmortem action")));

        assertThat(types.status()).isEqualTo(HealthStatus.FAIL);
        assertThat(types.detail()).startsWith("Missing issue types: Problem.");
        assertThat(links.status()).isEqualTo(HealthStatus.FAIL);
        assertThat(links.detail()).contains("Postmortem action");
    }

    @Test
    void theProjectFailsWhenMissingAndWarnsWhenNobodyCanCreateForTheResolver() {
        assertThat(HealthReport.postmortemProject(new ProjectReadiness("PM", false, null)).status())
                .isEqualTo(HealthStatus.FAIL);
        HealthCheck noCreator = HealthReport.postmortemProject(new ProjectReadiness("PM", true, null));
        assertThat(noCreator.status()).isEqualTo(HealthStatus.WARN);
        assertThat(noCreator.fix()).contains("lead", "Create Issues");
        assertThat(HealthReport.postmortemProject(new ProjectReadiness("PM", true, "lead")).detail()).contains("as lead");
    }

    @Test
    void theMappingFailsWhenNoIncidentTypeExistsAndWarnsOnMissingFields() {
        assertThat(HealthReport.incidentMapping(new MappingReadiness(List.of("Incident"), List.of("Incident"), List.of()))
                .status()).isEqualTo(HealthStatus.FAIL);
        assertThat(HealthReport.incidentMapping(new MappingReadiness(List.of(), List.of(), List.of())).status())
                .isEqualTo(HealthStatus.FAIL);
        HealthCheck partly = HealthReport.incidentMapping(new MappingReadiness(List.of("Incident", "Outage"),
                List.of("Outage"), List.of("customfield_10100")));
        assertThat(partly.status()).isEqualTo(HealthStatus.WARN);
        assertThat(partly.detail()).contains("Outage", "customfield_10100");
    }

    @Test
    void mailFailsWithoutAServerAndWarnsWhenItCannotTell() {
        assertThat(HealthReport.mailServer(Known.of(false)).status()).isEqualTo(HealthStatus.FAIL);
        HealthCheck unknown = HealthReport.mailServer(Known.unknown("MailServerManager is not available"));
        assertThat(unknown.status()).isEqualTo(HealthStatus.WARN);
        assertThat(unknown.detail()).contains("MailServerManager is not available");
    }

    @Test
    void theDailyJobMustBeScheduledOncePerClusterAndReportsItsLastRun() {
        assertThat(HealthReport.dailyJob(Known.of(new DailyJobState(false, false, null, null, null, null))).status())
                .isEqualTo(HealthStatus.FAIL);
        assertThat(HealthReport.dailyJob(Known.of(new DailyJobState(true, false, null, null, null, null))).status())
                .isEqualTo(HealthStatus.FAIL);
        HealthCheck failed = HealthReport.dailyJob(Known.of(new DailyJobState(true, true, null, NOON, "FAILED", "boom")));
        assertThat(failed.status()).isEqualTo(HealthStatus.WARN);
        assertThat(failed.detail()).contains("2026-11-25T12:00:00Z", "FAILED", "boom");
        HealthCheck ran = HealthReport.dailyJob(Known.of(new DailyJobState(true, true, NOON.plusSeconds(86_400), NOON,
                "SUCCESS", "2 mail(s) sent")));
        assertThat(ran.status()).isEqualTo(HealthStatus.OK);
        assertThat(ran.detail()).contains("once per cluster", "SUCCESS", "2026-11-26T12:00:00Z");
        assertThat(HealthReport.dailyJob(Known.unknown("no scheduler history")).status()).isEqualTo(HealthStatus.WARN);
    }

    @Test
    void theDatabaseFailsOnMissingTablesAndNamesTypeAndSchemaVersion() {
        HealthCheck missing = HealthReport.database(new DatabaseState("POSTGRESQL", "0", 18, List.of("AO_441554_ACTION")));
        assertThat(missing.status()).isEqualTo(HealthStatus.FAIL);
        assertThat(missing.detail()).contains("POSTGRESQL", "schema version 0", "AO_441554_ACTION");
        assertThat(HealthReport.database(new DatabaseState(null, "0", 18, List.of())).status()).isEqualTo(HealthStatus.WARN);
    }

    @Test
    void everyCaughtLinkageErrorIsAWarningOfItsOwn() {
        List<HealthCheck> checks = HealthReport.linkage(List.of(
                new Degradation("meeting invitations", "com.atlassian.mail.Email#setMultipart", "NoSuchMethodError: x", NOON),
                new Degradation("health: mail server", "com.atlassian.mail.server.MailServerManager#getDefaultSMTPMailServer",
                        "NoClassDefFoundError: y", NOON)));

        assertThat(checks).extracting(HealthCheck::id)
                .containsExactly("linkage.meeting invitations", "linkage.health: mail server");
        assertThat(checks).extracting(HealthCheck::status).containsOnly(HealthStatus.WARN);
        assertThat(checks.get(0).detail()).contains("Email#setMultipart", "NoSuchMethodError");
    }

    @Test
    void aCheckThatThrowsFailsAloneAndTheOthersStillAnswer() {
        host.mailServerFails(new IllegalStateException("mail settings unreadable"));

        List<HealthCheck> checks = report.checks(ADMIN);

        HealthCheck mail = checks.stream().filter(check -> check.id().equals("mail-server")).findFirst().orElseThrow();
        assertThat(mail.status()).isEqualTo(HealthStatus.FAIL);
        assertThat(mail.detail()).contains("could not run", "mail settings unreadable");
        assertThat(checks).filteredOn(check -> !check.id().equals("mail-server"))
                .extracting(HealthCheck::status).containsOnly(HealthStatus.OK);
    }

    @Test
    void anUnreadableConfigurationFailsTheChecksThatNeedItOnly() {
        TestOrganisation broken = TestOrganisation.builder().build();
        broken.breakConfiguration(new IllegalStateException("stored configuration does not read"));
        HealthReport unreadable = new HealthReport(host, broken, new PostmortemWorkflowCheck(broken, workflow));

        List<HealthCheck> checks = unreadable.checks(ADMIN);

        assertThat(checks).filteredOn(check -> check.status() == HealthStatus.FAIL).extracting(HealthCheck::id)
                .containsExactly("postmortem-project", "incident-mapping", "postmortem-workflow");
        assertThat(checks).hasSize(11);
    }

    @Test
    void aMappedTransitionTheWorkflowLacksIsAWarningNamingWhatItHas() {
        workflow.transitions = Set.of("Start Progress", "Resolve Issue");

        HealthCheck check = report.checks(ADMIN).stream()
                .filter(c -> c.id().equals(HealthReport.POSTMORTEM_WORKFLOW)).findFirst().orElseThrow();

        assertThat(check.status()).isEqualTo(HealthStatus.WARN);
        assertThat(check.detail()).contains("\"Done\"");
        assertThat(check.fix()).contains("Resolve Issue", "Start Progress");
    }
}
