package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;

/**
 * Jira's workflows.
 * <p>
 * Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/WorkflowManager.html ("@PublicApi public
 * interface WorkflowManager"; "JiraWorkflow getWorkflow(Issue issue)", "JiraWorkflow getWorkflow(Long projectId,
 * String issueTypeId)"). The Jira 11 page was not seen; atlassian-labs/atlassian-slack-integration-server @
 * 94c50dce37981e8aca8f30188a6bb66504e1ce04, which builds against Jira 11.0.0, imports WorkflowManager as a component
 * (jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java).
 * The calls are guarded in JiraPostmortemTickets.
 */
public interface WorkflowManager {

    JiraWorkflow getWorkflow(Issue issue);

    JiraWorkflow getWorkflow(Long projectId, String issueTypeId);
}
