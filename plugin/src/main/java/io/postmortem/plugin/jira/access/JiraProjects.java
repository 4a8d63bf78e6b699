package io.postmortem.plugin.jira.access;

import com.atlassian.jira.project.ProjectManager;
import io.postmortem.core.access.Projects;

/** Jira's projects, as configuration checks them. */
public final class JiraProjects implements Projects {
    private final ProjectManager projectManager;

    public JiraProjects(ProjectManager projectManager) {
        this.projectManager = projectManager;
    }

    @Override
    public boolean exists(String projectKey) {
        return projectKey != null && !projectKey.isBlank() && projectManager.getProjectObjByKey(projectKey) != null;
    }
}
