package io.postmortem.core.config;

import io.postmortem.core.blameless.BlamelessRuleExtensions;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationValidatorTest {
    private final TestOrganisation jira = TestOrganisation.builder()
            .users("alice").groups("major-incident-management", "site-reliability-engineering", "payments")
            .projects("PAY", "PM").build();
    private final ConfigurationValidator validator = new ConfigurationValidator(jira, jira.projects(), new BlamelessRuleExtensions());

    private Map<String, String> errors(Configuration configuration) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        validator.problems(configuration).forEach(p -> errors.putIfAbsent(p.path(), p.message()));
        return errors;
    }

    @Test
    void the_defaults_with_an_existing_postmortem_project_are_valid() {
        assertThat(validator.problems(Configuration.defaults())).isEmpty();
    }

    @Test
    void names_postmortem_issue_problems_by_their_json_path() {
        Directory directory = new Directory(List.of(new Platform("payments", "Payments", "alice")),
                List.of(new Team("api", "API", "payments", "PAY", null, "payments")),
                "major-incident-management", "site-reliability-engineering");
        PostmortemIssuePolicy policy = new PostmortemIssuePolicy(" ", "In Progress", "Done", null, "zed",
                Map.of("api", "alice", "search", "alice", "payments-api", "x"));

        Map<String, String> errors = errors(Configuration.defaults().withDirectory(directory)
                .withPostmortemIssue(policy));

        assertThat(errors).containsEntry("postmortemIssue.draftTransition", "Required.")
                .containsEntry("postmortemIssue.resolution", "Required.")
                .containsEntry("postmortemIssue.mimFacilitator", "Unknown user zed.")
                .containsEntry("postmortemIssue.teamFacilitators.search", "No team search in the directory.")
                .doesNotContainKey("postmortemIssue.inReviewTransition")
                .doesNotContainKey("postmortemIssue.teamFacilitators.api");
        assertThat(Configuration.defaults().postmortemIssue()).isEqualTo(PostmortemIssuePolicy.defaults());
    }

    @Test
    void slugs_follow_the_format() {
        List<String> good = List.of("ab", "a1", "payments-api", "0-x", "a" + "b".repeat(40));
        List<String> bad = List.of("a", "-ab", "Payments", "pay_api", "a" + "b".repeat(41), "pay api");
        for (String slug : good) {
            assertThat(ConfigurationValidator.SLUG.matcher(slug).matches()).as(slug).isTrue();
        }
        for (String slug : bad) {
            assertThat(ConfigurationValidator.SLUG.matcher(slug).matches()).as(slug).isFalse();
        }
    }

    @Test
    void names_directory_problems_by_their_json_path() {
        Directory directory = new Directory(
                List.of(new Platform("payments", "Payments", "alice"), new Platform("payments", "", "zed")),
                List.of(new Team("api", "API", "payments", "PAY", null, "payments"),
                        new Team("api", "API 2", "search", "NOPE", " ", "ghosts")),
                "major-incident-management", "");

        assertThat(errors(Configuration.defaults().withDirectory(directory))).containsOnly(
                Map.entry("directory.platforms[1].slug", "Duplicate platform slug payments."),
                Map.entry("directory.platforms[1].name", "Required."),
                Map.entry("directory.platforms[1].lead", "Unknown user zed."),
                Map.entry("directory.teams[1].slug", "Duplicate team slug api."),
                Map.entry("directory.teams[1].platform", "Unknown platform search."),
                Map.entry("directory.teams[1].projectKey", "Unknown project NOPE."),
                Map.entry("directory.teams[1].component", "Leave it empty or name a component."),
                Map.entry("directory.teams[1].group", "Unknown group ghosts."),
                Map.entry("directory.sreGroup", "Required."));
    }

    @Test
    void checks_the_incident_mapping() {
        IncidentMapping mapping = new IncidentMapping(List.of(), Source.CUSTOM_FIELD, "Severity", Map.of(),
                Source.PRIORITY, null, Source.CUSTOM_FIELD, null, "NOPE");

        assertThat(errors(new Configuration(Directory.empty(), mapping, Policies.defaults()))).containsOnly(
                Map.entry("incidentMapping.incidentIssueTypes", "Name at least one issue type."),
                Map.entry("incidentMapping.severityField", "A custom field id looks like customfield_10100."),
                Map.entry("incidentMapping.severityValues", "Map at least one value to a severity."),
                Map.entry("incidentMapping.owningTeamSource", "Teams come from a custom field, the components or the project."),
                Map.entry("incidentMapping.impactedTeamsField", "Name the custom field, e.g. customfield_10100."),
                Map.entry("incidentMapping.postmortemProject", "Unknown project NOPE."));
    }

    @Test
    void business_days_stay_within_their_range_and_every_severity_has_a_rule() {
        Policies defaults = Policies.defaults();
        Map<Severity, Integer> meeting = new EnumMap<>(defaults.meetingDueBusinessDays());
        meeting.put(Severity.P2, 61);
        meeting.remove(Severity.P5);
        Map<Severity, FacilitatorRule> facilitator = new EnumMap<>(defaults.facilitator());
        facilitator.remove(Severity.P4);
        Map<Severity, Map<Priority, Integer>> actions = new EnumMap<>(defaults.actionDueBusinessDays());
        Map<Priority, Integer> p3 = new EnumMap<>(actions.get(Severity.P3));
        p3.put(Priority.LOW, -1);
        actions.put(Severity.P3, p3);
        Policies policies = new Policies(defaults.postmortemSeverities(), meeting, facilitator, actions,
                defaults.calendar(), 60, 61, defaults.leadDigestDay());

        assertThat(errors(new Configuration(Directory.empty(), IncidentMapping.defaults(), policies))).containsOnly(
                Map.entry("policies.meetingDueBusinessDays.P2", "Use 0 to 60 business days."),
                Map.entry("policies.meetingDueBusinessDays.P5", "Required."),
                Map.entry("policies.facilitator.P4", "Required."),
                Map.entry("policies.actionDueBusinessDays.P3.LOW", "Use 0 to 250 business days."),
                Map.entry("policies.actionDueSoonBusinessDays", "Use 0 to 60 business days."));
    }
}
