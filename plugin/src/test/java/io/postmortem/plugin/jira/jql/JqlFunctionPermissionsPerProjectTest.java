package io.postmortem.plugin.jira.jql;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.query.operand.FunctionOperand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.call;
import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The product's JQL functions ask Jira's permission manager once per project of their answer, not once per issue;
 * only an issue with a security level is asked about on its own.
 */
class JqlFunctionPermissionsPerProjectTest {
    private final JqlFunctionFixture jira = new JqlFunctionFixture();
    private final ActionsOfFunction function = new ActionsOfFunction(jira.queries, jira.actors, jira.ports,
            jira.issueManager, jira.permissionManager, jira.host);
    private final FunctionOperand all = call("actionsOf", "payments");

    @Test
    void fourActionsInTwoProjectsCostTwoPermissionChecks() {
        List<Long> ids = values(function.getValues(jira.searchBy(jira.alice, false), all, jira.clause), all);

        assertThat(ids).isEqualTo(jira.idsOf(List.of("LED-1", "LED-2", "PAY-1", "PAY-2")));
        verify(jira.permissionManager).hasPermission(ProjectPermissions.BROWSE_PROJECTS, jira.project("LED"), jira.alice);
        verify(jira.permissionManager).hasPermission(ProjectPermissions.BROWSE_PROJECTS, jira.project("PAY"), jira.alice);
        verify(jira.permissionManager, times(2))
                .hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Project.class), eq(jira.alice));
        verify(jira.permissionManager, never())
                .hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), eq(jira.alice));
    }

    @Test
    void aProjectJiraRefusesLeavesOutAllItsIssuesAfterOneCheck() {
        // The plugin's own port still lets the searcher browse LED; Jira's permission manager has the last word.
        when(jira.permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, jira.project("LED"), jira.alice))
                .thenReturn(false);

        List<Long> ids = values(function.getValues(jira.searchBy(jira.alice, false), all, jira.clause), all);

        assertThat(ids).isEqualTo(jira.idsOf(List.of("PAY-1", "PAY-2")));
        verify(jira.permissionManager, times(2))
                .hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Project.class), eq(jira.alice));
    }

    @Test
    void onlyAnIssueWithASecurityLevelIsAskedAboutOnItsOwn() {
        jira.hidden.add("PAY-1");

        List<Long> ids = values(function.getValues(jira.searchBy(jira.alice, false), all, jira.clause), all);

        assertThat(ids).isEqualTo(jira.idsOf(List.of("LED-1", "LED-2", "PAY-2")));
        verify(jira.permissionManager, times(1))
                .hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), eq(jira.alice));
        verify(jira.permissionManager, times(2))
                .hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Project.class), eq(jira.alice));
    }

    @Test
    void aSearchThatOverridesSecurityAsksNothing() {
        List<Long> ids = values(function.getValues(jira.searchBy(jira.alice, true), all, jira.clause), all);

        assertThat(ids).hasSize(4);
        verify(jira.permissionManager, never())
                .hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Project.class), any());
        verify(jira.permissionManager, never())
                .hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), any());
    }
}
