package io.postmortem.sandbox.demo;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.sandbox.db.Jdbc;
import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.host.SandboxPermissions;
import io.postmortem.sandbox.tickets.TicketStore;
import org.springframework.context.ApplicationContext;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.PostmortemIssuePolicy;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Source;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.Severity;
import io.postmortem.sandbox.host.SandboxPermissions.Permission;
import io.postmortem.sandbox.tickets.SandboxFields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation: users and groups, the permission scheme, a project per team plus INC and PM, and the
 * product's configuration (the platform directory and how the sandbox's incidents look).
 */
public final class OrganisationStep implements DemoSeedStep {

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public void seed(DemoContext context) {
        ApplicationContext beans = context.context();
        DemoOrganisation organisation = context.organisation();
        beans.getBean(Jdbc.class).inTransaction(connection -> {
            int position = 0;
            for (DemoOrganisation.DemoUser user : organisation.users()) {
                beans.getBean(SandboxPeople.class).addUser(connection, user.person(), user.administrator(), position++);
                for (String group : user.groups()) {
                    beans.getBean(SandboxPeople.class).addMember(connection, group, user.username());
                }
            }
            for (String group : List.of(DemoOrganisation.MIM_GROUP, DemoOrganisation.SRE_GROUP,
                    DemoOrganisation.USERS_GROUP, DemoOrganisation.ADMINISTRATORS_GROUP)) {
                beans.getBean(SandboxPeople.class).addGroup(connection, group);
            }
            beans.getBean(SandboxPermissions.class).grant(connection, Permission.BROWSE, DemoOrganisation.USERS_GROUP);
            for (String group : List.of(DemoOrganisation.MIM_GROUP, DemoOrganisation.SRE_GROUP)) {
                beans.getBean(SandboxPermissions.class).grant(connection, Permission.EDIT, group);
                beans.getBean(SandboxPermissions.class).grant(connection, Permission.CREATE, group);
            }
            beans.getBean(TicketStore.class).createProject(connection, DemoOrganisation.INCIDENT_PROJECT, "Incidents", "mim", null);
            beans.getBean(TicketStore.class).createProject(connection, DemoOrganisation.POSTMORTEM_PROJECT, "Postmortems", "mim", null);
            for (Team team : organisation.directory().teams()) {
                Platform platform = organisation.directory().platform(team.platform()).orElseThrow();
                beans.getBean(TicketStore.class).createProject(connection, team.projectKey(), team.name(), platform.lead(), team.group());
            }
            return null;
        });
        Configuration configuration = beans.getBean(ConfigurationStore.class).load()
                .withDirectory(organisation.directory());
        configuration = new Configuration(configuration.directory(), incidentMapping(), configuration.policies())
                // MIM's postmortem issues are assigned to the mim user; teams' to their Platform Lead.
                .withPostmortemIssue(new PostmortemIssuePolicy("To Do", "In Progress", "Done", "Done", "mim", Map.of()));
        beans.getBean(ConfigurationStore.class).save(configuration, "admin",
                List.of("Loaded the demo organisation: " + organisation.directory().platforms().size() + " platforms, "
                        + organisation.directory().teams().size() + " teams."));
    }

    /** Incidents live in INC with severity, owning team and impacted teams in custom fields. */
    public static IncidentMapping incidentMapping() {
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            severities.put(severity.name(), severity);
        }
        return new IncidentMapping(List.of(SandboxFields.INCIDENT),
                Source.CUSTOM_FIELD, SandboxFields.SEVERITY, severities,
                Source.CUSTOM_FIELD, SandboxFields.OWNING_TEAM,
                Source.CUSTOM_FIELD, SandboxFields.IMPACTED_TEAMS,
                DemoOrganisation.POSTMORTEM_PROJECT);
    }
}
