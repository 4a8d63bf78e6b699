package io.postmortem.sandbox.tickets;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Source;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.shared.Severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Incidents in the sandbox's ticket store, read through the administrator's incident mapping (as the plugin's
 * Jira adapter does), so changing the mapping on the admin page changes what the product sees.
 */
public final class SandboxIncidentTickets implements IncidentTickets {
    private final TicketStore store;
    private final ConfigurationStore configuration;

    public SandboxIncidentTickets(TicketStore store, ConfigurationStore configuration) {
        this.store = store;
        this.configuration = configuration;
    }

    @Override
    public Optional<Incident> find(String key) {
        var config = configuration.load();
        IncidentMapping mapping = config.incidentMapping();
        return store.find(key)
                .filter(issue -> mapping.incidentIssueTypes().contains(issue.type()))
                .map(issue -> incident(issue, mapping, config.directory()));
    }

    @Override
    public boolean exists(String key) {
        return store.find(key).isPresent();
    }

    @Override
    public List<IncidentEvent> history(String key) {
        IncidentMapping mapping = configuration.load().incidentMapping();
        String severityField = mapping.severitySource() == Source.PRIORITY ? "priority" : mapping.severityField();
        List<IncidentEvent> events = new ArrayList<>();
        for (TicketStore.Change change : store.history(key)) {
            IncidentEvent.Kind kind = switch (change.field()) {
                case "created" -> IncidentEvent.Kind.CREATED;
                case "status" -> IncidentEvent.Kind.STATUS_CHANGED;
                case "assignee" -> IncidentEvent.Kind.ASSIGNEE_CHANGED;
                case "resolution" -> change.to() != null ? IncidentEvent.Kind.RESOLVED : null;
                default -> change.field().equals(severityField) ? IncidentEvent.Kind.SEVERITY_CHANGED : null;
            };
            if (kind != null) {
                events.add(new IncidentEvent("history-" + change.id(), change.at(), change.author(), kind,
                        change.from(), change.to()));
            }
        }
        return events;
    }

    /** Reads one issue as an incident; public so the issue page shows the same facts the product sees. */
    public static Incident incident(Issue issue, IncidentMapping mapping, Directory directory) {
        List<String> owning = teams(issue, mapping.owningTeamSource(), mapping.owningTeamField(), directory);
        return new Incident(issue.key(), issue.projectKey(), issue.summary(), severity(issue, mapping),
                owning.isEmpty() ? null : owning.get(0),
                teams(issue, mapping.impactedTeamsSource(), mapping.impactedTeamsField(), directory),
                issue.values(SandboxFields.COMPONENTS), issue.createdAt(),
                issue.instant(SandboxFields.STARTED_AT).orElse(null),
                issue.instant(SandboxFields.DETECTED_AT).orElse(null),
                issue.resolvedAt(), issue.reporter(), issue.assignee());
    }

    private static Severity severity(Issue issue, IncidentMapping mapping) {
        Optional<String> value = switch (mapping.severitySource()) {
            case PRIORITY -> Optional.ofNullable(issue.priority());
            case CUSTOM_FIELD -> issue.value(mapping.severityField());
            default -> Optional.empty();
        };
        return value.map(v -> mapping.severityValues().containsKey(v)
                ? mapping.severityValues().get(v) : Severity.parse(v).orElse(null)).orElse(null);
    }

    private static List<String> teams(Issue issue, Source source, String field, Directory directory) {
        Stream<Team> teams = switch (source) {
            case PROJECT -> directory.teamByProject(issue.projectKey()).stream();
            case COMPONENTS -> issue.values(SandboxFields.COMPONENTS).stream()
                    .flatMap(component -> directory.teamByComponent(component).stream());
            case CUSTOM_FIELD -> issue.values(field).stream().flatMap(value -> directory.team(value)
                    .or(() -> directory.teams().stream().filter(t -> t.name().equals(value)).findFirst()).stream());
            case PRIORITY -> Stream.empty();
        };
        return List.copyOf(new LinkedHashSet<>(teams.map(Team::slug).toList()));
    }
}
