package com.atlassian.jira.issue.link;

import java.util.Collection;

/**
 * Issue link types ("Postmortem": reviews / is reviewed by).
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html ("@PublicApi
 * public interface IssueLinkTypeManager"; {@code void createIssueLinkType(String name, String outward, String inward,
 * String style)} (returns void); {@code Collection<IssueLinkType> getIssueLinkTypesByName(String name)}).
 */
public interface IssueLinkTypeManager {

    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
