package com.atlassian.jira.project;

/**
 * A Jira project.
 * <p>
 * Source: the type name and package from https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html
 * (methods returning {@code Project}); {@code String getKey()} is the project key used throughout the Jira API and
 * by Jira 11.3 plugin code (jira-platform-facts.md 2.7). The Project interface page itself was not seen.
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
