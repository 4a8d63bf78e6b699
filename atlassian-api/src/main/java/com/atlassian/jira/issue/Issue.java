package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.util.Collection;

/**
 * A Jira issue (read side).
 * <p>
 * Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html ("@PublicApi public interface
 * Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey"; {@code ApplicationUser getAssignee()},
 * {@code Timestamp getCreated()}, {@code Object getCustomFieldValue(CustomField)}); {@code Timestamp getResolutionDate()}
 * from Jira's Issue.java source; {@code getIssueType()}/{@code getPriority()}/{@code getStatus()} returning objects
 * since 7.0 (Jira 11.0 code implements Issue with these return types: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java); {@code Collection<ProjectComponent> getComponents()} (replaced
 * getComponentObjects in 7.0) from implementations of Issue in the code index. The super-interfaces are left out:
 * every method we call is declared here and the JVM finds inherited ones by name and descriptor.
 * {@code Resolution getResolution()} returns the object since 7.0 (it replaced getResolutionObject, like
 * getStatus/getPriority), as the Jira 11.0 implementation above declares it.
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();

    Priority getPriority();

    Status getStatus();

    Project getProjectObject();

    /** The issue's security level, null when it has none (declared by the Jira 11.0 implementation cited above). */
    Long getSecurityLevelId();

    ApplicationUser getReporter();

    ApplicationUser getAssignee();

    Collection<ProjectComponent> getComponents();

    Timestamp getCreated();

    Timestamp getResolutionDate();

    com.atlassian.jira.issue.resolution.Resolution getResolution();

    Object getCustomFieldValue(CustomField customField);
}
