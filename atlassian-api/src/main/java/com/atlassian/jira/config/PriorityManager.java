package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;

import java.util.List;

/**
 * Jira's priorities.
 * <p>
 * Source: https://docs.atlassian.com/jira/7.6.0-EAP01/com/atlassian/jira/config/PriorityManager.html ("@PublicApi
 * public interface PriorityManager"; {@code List<Priority> getPriorities()} "Returns all priorities."). The Jira 11
 * page was not seen.
 */
public interface PriorityManager {

    List<Priority> getPriorities();
}
