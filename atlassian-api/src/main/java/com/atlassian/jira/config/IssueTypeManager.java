package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

/**
 * Issue types of the instance.
 * <p>
 * Source: Jira's IssueTypeManager.java (@PublicApi public interface, since 5.0) read in the code index:
 * {@code IssueType createIssueType(String name, String description, Long avatarId)} (since 6.3; "The new issue type
 * will be added to the default issue type scheme"; avatarId "Cannot by null") and
 * {@code Collection<IssueType> getIssueTypes()} ("all issue types regular and subtask"). No docs.atlassian.com page
 * for it was found by the docs search; not checked against Jira 11.
 */
public interface IssueTypeManager {

    IssueType createIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();
}
