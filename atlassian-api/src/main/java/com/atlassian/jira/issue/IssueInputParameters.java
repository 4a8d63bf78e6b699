package com.atlassian.jira.issue;

/**
 * The fields of an issue to create through IssueService.
 * <p>
 * Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html ("@PublicApi public
 * interface IssueInputParameters"); the setters returning {@code IssueInputParameters} ({@code setProjectId(Long)},
 * {@code setIssueTypeId(String)}, {@code setSummary(String)}, {@code setDescription(String)},
 * {@code setReporterId(String)}) are listed on that page. No Jira 10/11 source was found, so the
 * calls are guarded (atlassian-api/evidence.tsv).
 * <p>
 * Problem tickets also set: {@code setPriorityId(String)}, {@code setDueDate(String)} ("the formatted string that
 * JIRA will accept as a date"), {@code setComponentIds(Long...)} and {@code addCustomFieldValue(String, String...)}
 * ("put a value in the web-style parameters with a key as provided"; we pass the system field id "labels"). The
 * 7.0.8 page above lists addCustomFieldValue; all four descriptors were read in Jira's own IssueInputParameters.java
 * (code index), not on a Jira 11 page.
 */
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterId);

    IssueInputParameters setPriorityId(String priorityId);

    IssueInputParameters setDueDate(String dueDate);

    IssueInputParameters setComponentIds(Long... componentIds);

    IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values);

    // Postmortem issues follow their document: the assignee (a user name), the resolution a transition to done sets,
    // and skipping the screen check so fields not on the edit or transition screen are still applied. Listed on
    // https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/IssueInputParameters.html
    // (setAssigneeId(String), setResolutionId(String), setSkipScreenCheck(boolean)); not seen on a Jira 11 page, so
    // these calls are guarded (JiraPostmortemTickets records a LinkageError in DegradedFeatures).

    IssueInputParameters setAssigneeId(String assigneeId);

    IssueInputParameters setResolutionId(String resolutionId);

    IssueInputParameters setSkipScreenCheck(boolean skipScreenCheck);
}
