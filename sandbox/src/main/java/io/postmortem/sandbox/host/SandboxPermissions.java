package io.postmortem.sandbox.host;

import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.access.Projects;
import io.postmortem.sandbox.db.Jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's permission scheme, shaped like Jira's: administrators may do anything; BROWSE, EDIT and CREATE
 * are granted to groups for every project; each project also lets its lead and the group in its Developers role
 * edit and create, and an issue's reporter edit it.
 */
public final class SandboxPermissions implements Permissions, Projects {
    public enum Permission { BROWSE, EDIT, CREATE }

    private final Jdbc jdbc;
    private final SandboxPeople people;

    public SandboxPermissions(Jdbc jdbc, SandboxPeople people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    private record Project(String key, String lead, String developersGroup) {
    }

    @Override
    public boolean exists(String projectKey) {
        return project(projectKey).isPresent();
    }

    @Override
    public boolean isAdministrator(String username) {
        return username != null && jdbc.queryOne("SELECT ADMINISTRATOR FROM SBX_USER WHERE USERNAME = ?",
                row -> row.getBoolean(1), username).orElse(false);
    }

    @Override
    public boolean canBrowseProject(String username, String projectKey) {
        return project(projectKey).isPresent() && (isAdministrator(username) || granted(username, Permission.BROWSE));
    }

    @Override
    public boolean canBrowseIssue(String username, String issueKey) {
        return projectOfIssue(issueKey).map(project -> canBrowseProject(username, project)).orElse(false);
    }

    @Override
    public boolean canEditIssue(String username, String issueKey) {
        Optional<String> projectKey = projectOfIssue(issueKey);
        if (projectKey.isEmpty() || !canBrowseProject(username, projectKey.get())) {
            return false;
        }
        return mayWorkIn(username, projectKey.get(), Permission.EDIT) || username.equals(reporterOf(issueKey))
                || memberOfAnIncidentTeam(username, issueKey);
    }

    /**
     * Incidents are edited by the teams they name (owning and impacted), as an incident project's permission
     * scheme usually lets the affected engineers update their incident. Team groups are named team-slug.
     */
    private boolean memberOfAnIncidentTeam(String username, String issueKey) {
        Set<String> groups = people.groupsOf(username);
        return jdbc.query("SELECT FIELD_VALUE FROM SBX_ISSUE_FIELD WHERE ISSUE_KEY = ? AND FIELD_ID IN (?, ?)",
                        row -> row.getString(1), issueKey, SandboxFields.OWNING_TEAM, SandboxFields.IMPACTED_TEAMS)
                .stream().anyMatch(team -> groups.contains("team-" + team));
    }

    @Override
    public boolean canCreateIssue(String username, String projectKey) {
        return canBrowseProject(username, projectKey) && mayWorkIn(username, projectKey, Permission.CREATE);
    }

    public void grant(Connection connection, Permission permission, String group) throws SQLException {
        Jdbc.insertIfAbsent(connection, "SBX_PERMISSION_GRANT", List.of("PERMISSION", "GROUP_NAME"),
                permission.name(), group);
    }

    private boolean mayWorkIn(String username, String projectKey, Permission permission) {
        if (isAdministrator(username) || granted(username, permission)) {
            return true;
        }
        Project project = project(projectKey).orElseThrow();
        return username.equals(project.lead())
                || (project.developersGroup() != null && people.groupsOf(username).contains(project.developersGroup()));
    }

    private boolean granted(String username, Permission permission) {
        if (username == null) {
            return false;
        }
        Set<String> groups = people.groupsOf(username);
        return jdbc.query("SELECT GROUP_NAME FROM SBX_PERMISSION_GRANT WHERE PERMISSION = ?",
                row -> row.getString(1), permission.name()).stream().anyMatch(groups::contains);
    }

    private Optional<Project> project(String projectKey) {
        return jdbc.queryOne("SELECT PROJECT_KEY, LEAD, DEVELOPERS_GROUP FROM SBX_PROJECT WHERE PROJECT_KEY = ?",
                row -> new Project(row.getString(1), row.getString(2), row.getString(3)), projectKey);
    }

    private Optional<String> projectOfIssue(String issueKey) {
        return jdbc.queryOne("SELECT PROJECT_KEY FROM SBX_ISSUE WHERE ISSUE_KEY = ?", row -> row.getString(1), issueKey);
    }

    private String reporterOf(String issueKey) {
        return jdbc.queryOne("SELECT REPORTER FROM SBX_ISSUE WHERE ISSUE_KEY = ?", row -> row.getString(1), issueKey)
                .orElse(null);
    }
}
