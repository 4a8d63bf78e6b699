package com.atlassian.jira.issue.status;

/**
 * An issue constant (Status); we only read its display name.
 * <p>
 * Package and name verified by imports in Jira 11.3 plugin code and the return types of
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (jira-platform-facts.md 2.7).
 * {@code String getName()} is declared on the super-interface IssueConstant in Jira; declaring it here gives the same
 * invokeinterface descriptor, which the JVM resolves through the super-interface.
 * <p>
 * {@code StatusCategory getStatusCategory()} (since 6.1): Jira's Status.java in the code index and plugin code reading
 * {@code issue.getStatus().getStatusCategory().getKey()}; not seen on a Jira 11 javadoc page.
 */
public interface Status {

    String getId();

    String getName();

    com.atlassian.jira.issue.status.category.StatusCategory getStatusCategory();
}
