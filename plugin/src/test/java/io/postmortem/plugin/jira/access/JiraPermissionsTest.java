package io.postmortem.plugin.jira.access;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class JiraPermissionsTest {
    private final UserManager userManager = mock(UserManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final JiraPermissions permissions =
            new JiraPermissions(userManager, globalPermissions, permissionManager, projectManager, issueManager);

    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project ops = mock(Project.class);
    private final MutableIssue incident = mock(MutableIssue.class);

    @BeforeEach
    void jira() {
        when(userManager.getUserByName("alice")).thenReturn(alice);
        when(projectManager.getProjectObjByKey("OPS")).thenReturn(ops);
        when(issueManager.getIssueObject("OPS-1")).thenReturn(incident);
    }

    @Test
    void administratorsHoldTheAdministerGlobalPermission() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(true);

        assertThat(permissions.isAdministrator("alice")).isTrue();
        assertThat(permissions.isAdministrator("bob")).isFalse();
    }

    @Test
    void otherGlobalPermissionsDoNotMakeAnAdministrator() {
        when(globalPermissions.hasPermission(eq(GlobalPermissionKey.of("SYSTEM_ADMIN")), any())).thenReturn(true);

        assertThat(permissions.isAdministrator("alice")).isFalse();
    }

    @Test
    void projectPermissionsComeFromTheProjectsScheme() {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, alice)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, ops, alice)).thenReturn(false);

        assertThat(permissions.canBrowseProject("alice", "OPS")).isTrue();
        assertThat(permissions.canCreateIssue("alice", "OPS")).isFalse();
    }

    @Test
    void issuePermissionsAreCheckedOnTheIssueSoIssueSecurityApplies() {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, incident, alice)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, incident, alice)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, alice)).thenReturn(false);

        assertThat(permissions.canBrowseIssue("alice", "OPS-1")).isTrue();
        assertThat(permissions.canEditIssue("alice", "OPS-1")).isTrue();
    }

    @Test
    void creatingNeedsCreateIssuesNotBrowse() {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, alice)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, ops, alice)).thenReturn(true);

        assertThat(permissions.canCreateIssue("alice", "OPS")).isTrue();
    }

    @Test
    void unknownUsersProjectsAndIssuesAreNeverAllowed() {
        when(permissionManager.hasPermission(any(), any(Project.class), any())).thenReturn(true);
        when(permissionManager.hasPermission(any(), any(com.atlassian.jira.issue.Issue.class), any())).thenReturn(true);

        assertThat(permissions.canBrowseProject("nobody", "OPS")).isFalse();
        assertThat(permissions.canBrowseProject("alice", "NOPE")).isFalse();
        assertThat(permissions.canBrowseIssue("alice", "OPS-404")).isFalse();
        assertThat(permissions.canEditIssue(null, "OPS-1")).isFalse();
        assertThat(permissions.canCreateIssue("alice", null)).isFalse();
        assertThat(permissions.isAdministrator(null)).isFalse();
    }

    @Test
    void anUnknownUserIsNotLookedUpFurther() {
        permissions.canBrowseIssue("nobody", "OPS-1");

        verifyNoInteractions(permissionManager);
    }
}
