package io.postmortem.core.config;

import io.postmortem.core.blameless.BlamelessRuleExtensions;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotAuthenticatedException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConfigurationServiceTest {
    private TestOrganisation jira;
    /** The stored configuration: a host of its own, so the directory's lookups are counted apart. */
    private TestOrganisation store;
    private ConfigurationService service;

    @BeforeEach
    void setUp() {
        jira = Organisation60.jira();
        store = TestOrganisation.builder().build();
        service = new ConfigurationService(store, new ConfigurationValidator(jira, jira.projects(), new BlamelessRuleExtensions()), jira);
    }

    @Test
    void imports_a_directory_of_sixty_teams_from_csv() {
        ImportSummary summary = service.importCsv("admin", Organisation60.csv(), false);

        Directory directory = store.load().directory();
        assertThat(directory.platforms()).hasSize(12);
        assertThat(directory.teams()).hasSize(60);
        assertThat(directory.platform("platform-3").orElseThrow())
                .isEqualTo(new Platform("platform-3", "Platform 3, core", "lead3"));
        assertThat(directory.team("team-p12-t1").orElseThrow())
                .isEqualTo(new Team("team-p12-t1", "Team 1 of 12", "platform-12", "PL1", "api", "team-p12-t1"));
        assertThat(directory.team("team-p12-t2").orElseThrow().component()).isNull();
        assertThat(summary.dryRun()).isFalse();
        assertThat(summary.changes()).hasSize(72).contains("Platform platform-1 added: name Platform 1, core, lead lead1");
        assertThat(store.audit(500)).hasSize(72).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("admin"));
    }

    @Test
    void a_dry_run_with_one_bad_row_changes_nothing_and_names_the_row_and_field() {
        String csv = Organisation60.csv().replace(",PC3,", ",PAYX,");
        int rowOfBadProject = 2 + 2 * 5 + 2; // header is row 1; platform 3, team 3

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> service.importCsv("admin", csv, true));

        assertThat(refused.errors()).containsExactly(Map.entry("row " + rowOfBadProject + ".project", "Unknown project PAYX."));
        assertThat(store.load()).isEqualTo(Configuration.defaults());
        assertThat(store.saves()).isZero();
    }

    @Test
    void a_csv_import_lists_every_problem_before_anything_is_saved() {
        service.importCsv("admin", Organisation60.csv(), false);
        Configuration before = store.load();
        String csv = """
                platform_slug,platform_name,platform_lead,team_slug,team_name,project,component,group
                payments,Payments,nobody,payments-api,Payments API,PAYX,,payments
                payments,Payments,nobody,payments-api,Payments API 2,PA1,,team-p1-t1
                payments,Payments,nobody,Bad Slug,,PA2,,team-p1-t2
                payments,Paymentz,nobody,ledger,Ledger,PA3,,team-p1-t3
                short,row
                """;

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> service.importCsv("admin", csv, false));

        assertThat(refused.errors()).containsOnly(
                Map.entry("row 2.platform_lead", "Unknown user nobody."),
                Map.entry("row 2.project", "Unknown project PAYX."),
                Map.entry("row 2.group", "Unknown group payments."),
                Map.entry("row 3.team_slug", "Duplicate team slug payments-api."),
                Map.entry("row 4.team_slug", "Use 2 to 41 lower-case letters, digits and hyphens, starting with a letter or digit."),
                Map.entry("row 4.team_name", "Required."),
                Map.entry("row 5.platform_name", "Row 2 names platform payments \"Payments\"."),
                Map.entry("row 6", "Expected 8 fields, found 2."));
        assertThat(List.copyOf(refused.errors().keySet()).get(0)).startsWith("row 2.");
        assertThat(store.load()).isEqualTo(before);
    }

    @Test
    void export_then_reset_then_import_gives_the_same_configuration() {
        service.importCsv("admin", Organisation60.csv(), false);
        Configuration changed = withCustomPolicies(store.load());
        service.update("admin", changed);
        Configuration exported = service.export("admin");

        store.setConfiguration(Configuration.defaults());
        ImportSummary summary = service.importConfiguration("admin", exported, false);

        assertThat(store.load()).isEqualTo(changed);
        assertThat(summary.changes()).isNotEmpty();
        assertThat(service.importConfiguration("admin", exported, false).changes()).isEmpty();
    }

    @Test
    void the_directory_csv_export_reads_back_to_the_same_directory() {
        service.importCsv("admin", Organisation60.csv(), false);
        Directory before = store.load().directory();

        String exported = service.exportCsv("admin");
        store.setConfiguration(Configuration.defaults());
        service.importCsv("admin", exported, false);

        assertThat(store.load().directory()).isEqualTo(before);
    }

    @Test
    void each_change_is_audited_as_a_readable_line_with_who_made_it() {
        service.importCsv("admin", Organisation60.csv(), false);
        jira.addProjects("PAYM");
        Configuration current = store.load();
        List<Team> teams = new ArrayList<>(current.directory().teams());
        Team first = teams.get(0);
        teams.set(0, new Team(first.slug(), first.name(), first.platform(), "PAYM", first.component(), first.group()));
        Directory directory = new Directory(current.directory().platforms(), teams, "major-incident-management",
                "site-reliability-engineering");

        ImportSummary summary = service.update("admin", current.withDirectory(directory));

        assertThat(summary.changes()).containsExactly("Team team-p1-t1: project PA1 -> PAYM");
        assertThat(service.audit("admin").get(0).change()).isEqualTo("Team team-p1-t1: project PA1 -> PAYM");
        assertThat(service.audit("admin").get(0).actor()).isEqualTo("admin");
    }

    @Test
    void an_update_with_problems_names_them_by_json_path_and_saves_nothing() {
        Configuration bad = Configuration.defaults().withDirectory(new Directory(
                List.of(new Platform("core", "Core", "ghost")),
                List.of(new Team("api", "API", "nowhere", "PA1", null, "team-p1-t1")),
                "major-incident-management", "no-such-group"));

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> service.update("admin", bad));

        assertThat(refused.errors()).containsOnly(
                Map.entry("directory.platforms[0].lead", "Unknown user ghost."),
                Map.entry("directory.teams[0].platform", "Unknown platform nowhere."),
                Map.entry("directory.sreGroup", "Unknown group no-such-group."));
        assertThat(store.saves()).isZero();
    }

    @Test
    void a_json_dry_run_lists_the_changes_without_saving() {
        Configuration proposed = withCustomPolicies(Configuration.defaults());

        ImportSummary summary = service.importConfiguration("admin", proposed, true);

        assertThat(summary.dryRun()).isTrue();
        assertThat(summary.changes()).contains("Meeting due P1: 2 business days -> 1 business days");
        assertThat(store.load()).isEqualTo(Configuration.defaults());
        assertThat(store.audit(10)).isEmpty();
    }

    @Test
    void only_administrators_may_read_or_change_the_configuration() {
        assertThatThrownBy(() -> service.get("lead1")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.importCsv("lead1", Organisation60.csv(), true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.update("lead1", Configuration.defaults())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.audit("lead1")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.get(null)).isInstanceOf(NotAuthenticatedException.class);
        assertThat(store.saves()).isZero();
    }

    @Test
    void anybody_logged_in_may_read_the_platform_directory() {
        service.importCsv("admin", Organisation60.csv(), false);

        assertThat(service.platforms("lead1").teams()).hasSize(60);
        assertThatThrownBy(() -> service.platforms(null)).isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void asks_the_directory_about_each_lead_group_and_project_once() {
        service.importCsv("admin", Organisation60.csv(), true);

        // 12 leads + 60 groups + 2 MIM/SRE groups + 60 projects
        assertThat(jira.lookups()).isEqualTo(134);
    }

    static Configuration withCustomPolicies(Configuration configuration) {
        Policies defaults = Policies.defaults();
        Map<Severity, Integer> meeting = new EnumMap<>(defaults.meetingDueBusinessDays());
        meeting.put(Severity.P1, 1);
        Map<Severity, FacilitatorRule> facilitator = new EnumMap<>(defaults.facilitator());
        facilitator.put(Severity.P3, FacilitatorRule.MIM);
        BusinessCalendar calendar = new BusinessCalendar(ZoneId.of("America/New_York"),
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(LocalDate.of(2026, 12, 25)));
        Policies policies = new Policies(Set.of(Severity.P1, Severity.P2), meeting, facilitator,
                defaults.actionDueBusinessDays(), calendar, 3, 4, DayOfWeek.FRIDAY);
        return new Configuration(configuration.directory(), configuration.incidentMapping(), policies);
    }
}
