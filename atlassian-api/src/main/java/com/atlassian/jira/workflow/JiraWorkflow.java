package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.ActionDescriptor;

import java.util.Collection;

/**
 * A workflow.
 * <p>
 * Source: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html ("@PublicApi public
 * interface JiraWorkflow extends Comparable&lt;JiraWorkflow&gt;"; "Collection&lt;ActionDescriptor&gt;
 * getActionsByName(String name) Get all actions in this workflow, global, common and from steps, whose name matched
 * name", "Collection&lt;ActionDescriptor&gt; getAllActions()"); also listed for MockJiraWorkflow on
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/workflow/MockJiraWorkflow.html. Guarded in
 * JiraPostmortemTickets.
 */
public interface JiraWorkflow {

    Collection<ActionDescriptor> getActionsByName(String name);

    Collection<ActionDescriptor> getAllActions();
}
