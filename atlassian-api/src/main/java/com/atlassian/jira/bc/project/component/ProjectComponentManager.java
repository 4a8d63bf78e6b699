package com.atlassian.jira.bc.project.component;

/**
 * A project's components.
 * <p>
 * Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/project/component/ProjectComponentManager.html
 * ("@PublicApi public interface ProjectComponentManager"); {@code ProjectComponent findByComponentName(Long projectId,
 * String componentName)} is in the method summary of
 * https://docs.atlassian.com/jira/5.0/com/atlassian/jira/bc/project/component/ProjectComponentManager.html (the
 * excerpt seen was cut after the name; return type and parameters as in ProjectComponentStore on the latest page,
 * which returns the mutable subtype there). Not seen on a Jira 11 page.
 */
public interface ProjectComponentManager {

    ProjectComponent findByComponentName(Long projectId, String componentName);
}
