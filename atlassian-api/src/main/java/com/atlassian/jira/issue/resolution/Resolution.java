package com.atlassian.jira.issue.resolution;

/**
 * An issue constant (Resolution); we only read its display name.
 * <p>
 * Package and name from https://docs.atlassian.com/jira-software/9.12.10/com/atlassian/greenhopper/service/workflow/WorkflowConstantsService.html
 * ({@code com.atlassian.jira.issue.resolution.Resolution getOrCreateResolution(String name)}). {@code String getName()}
 * is declared on the super-interface IssueConstant in Jira, like for Priority and Status.
 */
public interface Resolution {

    String getName();

    /** Inherited from IssueConstant ("String getId()"); the JVM resolves it through the super-interface. */
    String getId();
}
