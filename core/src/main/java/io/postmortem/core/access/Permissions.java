package io.postmortem.core.access;

/** The ticket system's own permission scheme, asked rather than re-implemented. */
public interface Permissions {

    boolean isAdministrator(String username);

    boolean canBrowseProject(String username, String projectKey);

    boolean canBrowseIssue(String username, String issueKey);

    boolean canEditIssue(String username, String issueKey);

    boolean canCreateIssue(String username, String projectKey);
}
