package com.atlassian.jira.bc.project.component;

/**
 * A project component.
 * <p>
 * Package and name from Jira source and javadoc ({@code Collection<ProjectComponent> getComponents()} on Issue,
 * {@code getDefaultAssignee(Project, ProjectComponent)} on
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html).
 * {@code String getName()} is its display name. Interface kind per Jira source; not re-checked for Jira 11.
 */
public interface ProjectComponent {

    Long getId();

    String getName();
}
