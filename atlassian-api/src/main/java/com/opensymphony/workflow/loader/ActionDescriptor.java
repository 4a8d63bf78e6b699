package com.opensymphony.workflow.loader;

/**
 * A workflow transition as OSWorkflow (bundled with Jira) describes it; {@code getId()} is inherited from
 * AbstractDescriptor in the real class, which the JVM finds by name and descriptor through the superclass.
 * <p>
 * Source: the JiraWorkflow javadoc above (transitions are {@code com.opensymphony.workflow.loader.ActionDescriptor})
 * and IssueService.validateTransition taking the action's {@code int} id.
 */
public class ActionDescriptor {

    public int getId() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getName() {
        throw new UnsupportedOperationException("declaration only");
    }
}
