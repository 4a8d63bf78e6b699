package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.blameless.BlamelessRuleExtensions;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationService;
import io.postmortem.core.config.ConfigurationValidator;
import io.postmortem.core.config.FacilitatorRule;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Policies;
import io.postmortem.core.config.Source;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotAuthenticatedException;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.plugin.rest.config.ConfigurationJson;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConfigResourceTest {
    private static final String CSV = """
            platform_slug,platform_name,platform_lead,team_slug,team_name,project,component,group
            payments,"Payments, Billing",alice,payments-api,Payments API,PAY,api,payments-team
            payments,"Payments, Billing",alice,ledger,Ledger,LED,,ledger-team
            """;

    private TestOrganisation jira;
    private ConfigResource resource;

    @BeforeEach
    void setUp() {
        jira = ConfigResourceTest.jira();
        jira.logIn("admin");
        resource = new ConfigResource(ConfigResourceTest.service(jira), jira.actors());
    }

    @Test
    void a_configuration_round_trips_through_json_with_record_component_names() throws Exception {
        Configuration configuration = richConfiguration();

        String json = ConfigurationJson.write(configuration);

        assertThat(ConfigurationJson.read(json)).isEqualTo(configuration);
        JsonNode tree = Json.mapper().readTree(json);
        assertThat(tree.at("/directory/teams/0/projectKey").asText()).isEqualTo("PAY");
        assertThat(tree.at("/incidentMapping/severityValues/Sev 1").asText()).isEqualTo("P1");
        assertThat(tree.at("/policies/actionDueBusinessDays/P1/HIGHEST").asInt()).isEqualTo(5);
        assertThat(tree.at("/policies/calendar/zone").asText()).isEqualTo("America/New_York");
        assertThat(tree.at("/policies/calendar/holidays/0").asText()).isEqualTo("2026-12-25");
        assertThat(tree.at("/policies/leadDigestDay").asText()).isEqualTo("FRIDAY");
    }

    @Test
    void get_answers_the_configuration_to_administrators_only() throws Exception {
        Response answer = resource.get();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(ConfigurationJson.read((String) answer.getEntity())).isEqualTo(Configuration.defaults());

        jira.logIn("alice");
        assertThatThrownBy(resource::get).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> resource.put(ConfigurationJson.write(richConfiguration()))).isInstanceOf(ForbiddenException.class);
        jira.logIn(null);
        assertThatThrownBy(resource::get).isInstanceOf(NotAuthenticatedException.class);
        assertThat(jira.load()).isEqualTo(Configuration.defaults());
    }

    @Test
    void put_saves_and_answers_the_changes() throws Exception {
        Response answer = resource.put(ConfigurationJson.write(richConfiguration()));

        assertThat(answer.getStatus()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree((String) answer.getEntity());
        assertThat(body.get("dryRun").asBoolean()).isFalse();
        assertThat(body.get("changes").toString()).contains("Postmortem project: PM -> PAYM");
        assertThat(jira.load()).isEqualTo(richConfiguration());
    }

    @Test
    void put_names_the_field_of_each_problem_by_its_json_path() {
        String json = ConfigurationJson.write(richConfiguration())
                .replace("\"PAY\"", "\"PAYX\"")
                .replace("\"America/New_York\"", "\"America/Nowhere\"");

        ValidationException bad = catchThrowableOfType(ValidationException.class, () -> resource.put(json));

        assertThat(bad.errors()).containsOnlyKeys("policies.calendar.zone");

        ValidationException unknownProject = catchThrowableOfType(ValidationException.class,
                () -> resource.put(ConfigurationJson.write(richConfiguration()).replace("\"PAY\"", "\"PAYX\"")));
        assertThat(unknownProject.errors()).containsExactly(Map.entry("directory.teams[0].projectKey", "Unknown project PAYX."));
        assertThat(jira.load()).isEqualTo(Configuration.defaults());
    }

    @Test
    void a_malformed_holiday_is_named_by_its_path() {
        String json = ConfigurationJson.write(richConfiguration()).replace("\"2026-12-25\"", "\"25/12/2026\"");

        ValidationException bad = catchThrowableOfType(ValidationException.class, () -> resource.put(json));

        assertThat(bad.errors()).containsOnlyKeys("policies.calendar.holidays[0]");
    }

    @Test
    void csv_import_dry_run_lists_changes_and_saves_nothing_then_the_import_saves() throws Exception {
        Response dryRun = resource.importConfiguration("text/csv; charset=UTF-8", true, CSV);

        JsonNode preview = Json.mapper().readTree((String) dryRun.getEntity());
        assertThat(preview.get("dryRun").asBoolean()).isTrue();
        assertThat(preview.get("changes")).hasSize(3);
        assertThat(jira.load()).isEqualTo(Configuration.defaults());

        resource.importConfiguration("text/csv", false, CSV);

        assertThat(jira.load().directory().teams()).extracting(Team::slug).containsExactly("payments-api", "ledger");
        assertThat(jira.load().directory().platform("payments").orElseThrow().name()).isEqualTo("Payments, Billing");
    }

    @Test
    void csv_import_problems_are_named_by_row_and_column() {
        String csv = CSV.replace(",LED,", ",LEDX,").replace("alice,payments-api", "alice,payments-api");

        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> resource.importConfiguration("text/csv", true, csv));

        assertThat(bad.errors()).containsExactly(Map.entry("row 3.project", "Unknown project LEDX."));
    }

    @Test
    void json_import_replaces_the_whole_configuration_and_export_gives_it_back() throws Exception {
        resource.importConfiguration("application/json", false, ConfigurationJson.write(richConfiguration()));

        Response export = resource.export();

        assertThat(export.getHeaderString("Content-Disposition")).contains("postmortem-configuration.json");
        String exported = (String) export.getEntity();
        jira.setConfiguration(Configuration.defaults());
        resource.importConfiguration("application/json", false, exported);
        assertThat(jira.load()).isEqualTo(richConfiguration());
    }

    @Test
    void import_refuses_other_content_types() {
        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> resource.importConfiguration("text/plain", true, CSV));

        assertThat(bad.errors()).containsOnlyKeys("body");
    }

    @Test
    void audit_lists_who_changed_what_and_when() throws Exception {
        resource.importConfiguration("text/csv", false, CSV);
        String changed = CSV.replace(",PAY,", ",PAYM,");
        resource.importConfiguration("text/csv", false, changed);

        JsonNode audit = Json.mapper().readTree((String) resource.audit().getEntity());

        assertThat(audit.get(0).get("change").asText()).isEqualTo("Team payments-api: project PAY -> PAYM");
        assertThat(audit.get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(audit.get(0).get("at").asText()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(audit).hasSize(4);
    }

    @Test
    void the_directory_exports_as_csv_that_imports_back() {
        resource.importConfiguration("text/csv", false, CSV);
        Directory before = jira.load().directory();

        String csv = (String) resource.exportDirectory().getEntity();
        jira.setConfiguration(Configuration.defaults());
        resource.importConfiguration("text/csv", false, csv);

        assertThat(jira.load().directory()).isEqualTo(before);
    }

    /** Jira for the configuration resources: three users, the groups and projects a directory names, one admin. */
    static TestOrganisation jira() {
        return TestOrganisation.builder().everyoneMayDoEverything()
                .users("alice", "bob").administrators("admin")
                .groups("major-incident-management", "site-reliability-engineering", "payments-team", "ledger-team")
                .projects("PM", "PAY", "PAYM", "LED").build();
    }

    static ConfigurationService service(TestOrganisation jira) {
        return new ConfigurationService(jira, new ConfigurationValidator(jira, jira.projects(),
                new BlamelessRuleExtensions()), jira);
    }

    static Configuration richConfiguration() {
        Directory directory = new Directory(
                List.of(new Platform("payments", "Payments", "alice")),
                List.of(new Team("payments-api", "Payments API", "payments", "PAY", null, "payments-team"),
                        new Team("ledger", "Ledger", "payments", "LED", "ledger", "ledger-team")),
                "major-incident-management", "site-reliability-engineering");
        IncidentMapping mapping = new IncidentMapping(List.of("Incident", "Outage"), Source.CUSTOM_FIELD,
                "customfield_10100", Map.of("Sev 1", Severity.P1, "Sev 2", Severity.P2), Source.CUSTOM_FIELD,
                "customfield_10200", Source.COMPONENTS, null, "PAYM");
        Policies defaults = Policies.defaults();
        Map<Severity, Map<Priority, Integer>> actions = new EnumMap<>(defaults.actionDueBusinessDays());
        Map<Priority, Integer> p1 = new EnumMap<>(actions.get(Severity.P1));
        p1.put(Priority.HIGHEST, 5);
        actions.put(Severity.P1, p1);
        Map<Severity, FacilitatorRule> facilitator = new EnumMap<>(defaults.facilitator());
        facilitator.put(Severity.P3, FacilitatorRule.MIM);
        Policies policies = new Policies(Set.of(Severity.P1, Severity.P2), defaults.meetingDueBusinessDays(),
                facilitator, actions, new BusinessCalendar(ZoneId.of("America/New_York"),
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), Set.of(LocalDate.of(2026, 12, 25))),
                3, 4, DayOfWeek.FRIDAY);
        return new Configuration(directory, mapping, policies);
    }
}
