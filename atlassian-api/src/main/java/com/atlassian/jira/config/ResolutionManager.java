package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;

/**
 * Jira's resolutions.
 * <p>
 * Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/ResolutionManager.html ("@PublicApi public
 * interface ResolutionManager"; "Resolution getResolutionByName(String name) Returns the resolution with the
 * specified name"). Not seen on a Jira 11 page; guarded in JiraPostmortemTickets.
 */
public interface ResolutionManager {

    Resolution getResolutionByName(String name);
}
