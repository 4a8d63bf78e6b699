package com.atlassian.jira.issue;

/**
 * The fields of an issue to create through IssueService.
 * <p>
 * Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html ("@PublicApi public
 * interface IssueInputParameters"); the setters returning {@code IssueInputParameters} ({@code setProjectId(Long)},
 * {@code setIssueTypeId(String)}, {@code setSummary(String)}, {@code setDescription(String)},
 * {@code setReporterId(String)}) are in jira-platform-facts.md 2.3 (Jira source and an implementing mock). The Jira 11
 * page was not seen.
 */
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterId);
}
