package com.atlassian.jira.project;

/**
 * A Jira project.
 * <p>
 * Source: the type name and package from https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html
 * (methods returning {@code Project}); {@code String getKey()} is the project key used throughout the Jira API and
 * by Jira 11.3 plugin code (https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java implements Project for Jira 11.0). The Project interface page itself was not seen.
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();

    /**
     * The project lead. Source: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html
     * ({@code ApplicationUser getProjectLead()}; {@code getLead()} is the deprecated variant).
     */
    com.atlassian.jira.user.ApplicationUser getProjectLead();
}
