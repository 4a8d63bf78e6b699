package io.postmortem.core.config;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationChangesTest {
    private static final Directory BEFORE = new Directory(
            List.of(new Platform("payments", "Payments", "alice"), new Platform("search", "Search", "bob")),
            List.of(new Team("payments-api", "Payments API", "payments", "PAY", null, "payments-api"),
                    new Team("indexer", "Indexer", "search", "IDX", "indexing", "indexer")),
            "mim", "sre");

    @Test
    void equal_configurations_have_no_changes() {
        Configuration configuration = Configuration.defaults().withDirectory(BEFORE);

        assertThat(ConfigurationChanges.between(configuration, configuration)).isEmpty();
    }

    @Test
    void names_each_changed_field_of_platforms_and_teams() {
        Directory after = new Directory(
                List.of(new Platform("payments", "Payments & Billing", "carol")),
                List.of(new Team("payments-api", "Payments API", "payments", "PAYM", "api", "payments-api"),
                        new Team("ledger", "Ledger", "payments", "LED", null, "ledger")),
                "mim", "sre-oncall");

        List<String> lines = ConfigurationChanges.between(Configuration.defaults().withDirectory(BEFORE),
                Configuration.defaults().withDirectory(after));

        assertThat(lines).containsExactly(
                "Platform search removed",
                "Platform payments: name Payments -> Payments & Billing",
                "Platform payments: lead alice -> carol",
                "Team indexer removed",
                "Team payments-api: project PAY -> PAYM",
                "Team payments-api: component (none) -> api",
                "Team ledger added: name Ledger, platform payments, project LED, component (none), group ledger",
                "SRE group: sre -> sre-oncall");
    }

    @Test
    void names_changed_mapping_and_policies() {
        Configuration before = Configuration.defaults();
        IncidentMapping mapping = new IncidentMapping(List.of("Incident", "Outage"), Source.CUSTOM_FIELD,
                "customfield_10100", Map.of("Sev 1", Severity.P1), Source.PROJECT, null, Source.COMPONENTS, null,
                "PMX");
        Policies defaults = Policies.defaults();
        Map<Severity, Map<Priority, Integer>> actions = new EnumMap<>(defaults.actionDueBusinessDays());
        Map<Priority, Integer> p1 = new EnumMap<>(actions.get(Severity.P1));
        p1.put(Priority.HIGHEST, 5);
        actions.put(Severity.P1, p1);
        Policies policies = new Policies(defaults.postmortemSeverities(), defaults.meetingDueBusinessDays(),
                defaults.facilitator(), actions, defaults.calendar(), 2, 5, defaults.leadDigestDay());

        List<String> lines = ConfigurationChanges.between(before,
                new Configuration(before.directory(), mapping, policies));

        assertThat(lines).contains(
                "Incident issue types: Incident -> Incident, Outage",
                "Severity source: PRIORITY -> CUSTOM_FIELD",
                "Severity field: (none) -> customfield_10100",
                "Severity value Highest: P1 -> (none)",
                "Severity value Sev 1: (none) -> P1",
                "Postmortem project: PM -> PMX",
                "Action due P1 HIGHEST: 20 business days -> 5 business days");
        assertThat(lines).hasSize(11);
    }

    @Test
    void holidays_are_listed_one_by_one() {
        Configuration before = Configuration.defaults();
        Configuration after = ConfigurationServiceTest.withCustomPolicies(before);

        List<String> lines = ConfigurationChanges.between(before, after);

        assertThat(lines).contains("Holiday 2026-12-25 added", "Time zone: Europe/London -> America/New_York",
                "Postmortem required for: P1, P2, P3 -> P1, P2", "Facilitator P3: TEAM -> MIM",
                "Lead digest day: MONDAY -> FRIDAY");
        assertThat(ConfigurationChanges.between(after, before)).contains("Holiday 2026-12-25 removed");
    }
}
