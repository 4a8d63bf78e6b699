package io.postmortem.sandbox.demo;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.sandbox.tickets.TicketStore;
import org.springframework.context.ApplicationContext;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.SandboxIncidentTickets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo's incidents as the product reads them, by key, read once per step. */
final class DemoIncidents {

    private DemoIncidents() {
    }

    static Map<String, Incident> load(ApplicationContext beans) {
        Configuration configuration = beans.getBean(ConfigurationStore.class).load();
        Map<String, Incident> incidents = new LinkedHashMap<>();
        beans.getBean(TicketStore.class).issues(DemoOrganisation.INCIDENT_PROJECT, SandboxFields.INCIDENT).forEach(issue ->
                incidents.put(issue.key(), SandboxIncidentTickets.incident(issue, configuration.incidentMapping(),
                        configuration.directory())));
        return incidents;
    }

    /** "Checkout API": the owning team's name and the part of it named by the incident's component. */
    static String service(Incident incident, Configuration configuration) {
        String team = configuration.directory().team(incident.owningTeam()).map(Team::name).orElse("The service");
        List<String> components = incident.components();
        if (components.isEmpty()) {
            return team + " service";
        }
        String component = components.get(0);
        String part = component.substring(component.lastIndexOf('-') + 1);
        return team + " " + (part.equals("api") ? "API" : part);
    }
}
