package io.postmortem.plugin.persistence.config;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.FacilitatorRule;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Policies;
import io.postmortem.core.config.Source;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Configurations that differ from the defaults in every part, so a lost field shows. */
final class SampleConfigurations {

    private SampleConfigurations() {
    }

    static Configuration customised() {
        Directory directory = new Directory(
                List.of(new Platform("payments", "Payments", "alice"), new Platform("search", "Search", "bob")),
                List.of(new Team("checkout", "Checkout", "payments", "CHK", null, "team-checkout"),
                        new Team("ledger", "Ledger", "payments", "LED", "Ledger core", "team-ledger"),
                        new Team("indexing", "Indexing", "search", "IDX", "Indexer", "team-indexing")),
                "mim-crew", "sre-crew");
        IncidentMapping mapping = new IncidentMapping(
                List.of("Incident", "Major Incident"),
                Source.CUSTOM_FIELD, "customfield_10100",
                Map.of("Sev 1", Severity.P1, "Sev 2", Severity.P2, "Sev 3", Severity.P3),
                Source.CUSTOM_FIELD, "customfield_10200",
                Source.PROJECT, null,
                "POST");
        Map<Severity, Integer> meeting = new EnumMap<>(Severity.class);
        Map<Severity, FacilitatorRule> facilitator = new EnumMap<>(Severity.class);
        Map<Severity, Map<Priority, Integer>> actions = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            meeting.put(severity, severity.ordinal() + 3);
            facilitator.put(severity, severity == Severity.P3 ? FacilitatorRule.MIM : FacilitatorRule.TEAM);
            Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
            for (Priority priority : Priority.values()) {
                byPriority.put(priority, 10 * (severity.ordinal() + 1) + priority.ordinal());
            }
            actions.put(severity, byPriority);
        }
        BusinessCalendar calendar = new BusinessCalendar(ZoneId.of("Asia/Kolkata"),
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                Set.of(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 8, 15), LocalDate.of(2025, 12, 25)));
        Policies policies = new Policies(Set.of(Severity.P1, Severity.P2, Severity.P4), meeting, facilitator, actions,
                calendar, 4, 3, DayOfWeek.WEDNESDAY);
        return new Configuration(directory, mapping, policies);
    }
}
