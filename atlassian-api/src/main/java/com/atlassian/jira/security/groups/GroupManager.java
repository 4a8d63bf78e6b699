package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Groups and their members.
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html ("public
 * interface GroupManager"; {@code Collection<String> getGroupNamesForUser(ApplicationUser user)}) and Jira's
 * GroupManager.java in the code index ({@code boolean groupExists(String groupName)};
 * {@code Collection<String> getUserNamesInGroup(String groupName)}, "This will include nested group members",
 * since 5.0). Their presence in Jira 10/11 was not verified against a javadoc page of those versions.
 */
public interface GroupManager {

    boolean groupExists(String groupName);

    Collection<String> getGroupNamesForUser(ApplicationUser user);

    Collection<String> getUserNamesInGroup(String groupName);
}
