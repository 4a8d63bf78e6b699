package io.postmortem.plugin.jira.access;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraProjectsTest {
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final JiraProjects projects = new JiraProjects(projectManager);

    @Test
    void aProjectExistsWhenJiraFindsItsKey() {
        when(projectManager.getProjectObjByKey("PM")).thenReturn(mock(Project.class));

        assertThat(projects.exists("PM")).isTrue();
        assertThat(projects.exists("XX")).isFalse();
    }

    @Test
    void blankKeysNeverExist() {
        assertThat(projects.exists(" ")).isFalse();
        assertThat(projects.exists(null)).isFalse();
    }
}
