package io.postmortem.core.config;

import io.postmortem.core.shared.Severity;

import java.util.List;
import java.util.Map;

/**
 * How incidents look in this Jira: their issue types, where severity, owning team and impacted teams are kept,
 * and the project that holds postmortems.
 *
 * @param severityValues priority names or custom-field option values, mapped to P1..P5
 */
public record IncidentMapping(
        List<String> incidentIssueTypes,
        Source severitySource,
        String severityField,
        Map<String, Severity> severityValues,
        Source owningTeamSource,
        String owningTeamField,
        Source impactedTeamsSource,
        String impactedTeamsField,
        String postmortemProject) {

    public IncidentMapping {
        incidentIssueTypes = List.copyOf(incidentIssueTypes);
        severityValues = Map.copyOf(severityValues);
    }

    public static IncidentMapping defaults() {
        return new IncidentMapping(
                List.of("Incident"),
                Source.PRIORITY, null,
                Map.of("Highest", Severity.P1, "High", Severity.P2, "Medium", Severity.P3,
                        "Low", Severity.P4, "Lowest", Severity.P5),
                Source.PROJECT, null,
                Source.COMPONENTS, null,
                "PM");
    }
}
