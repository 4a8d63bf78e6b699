package com.atlassian.jira.user;

import java.security.Principal;

/**
 * A Jira user across all user directories.
 * <p>
 * Source: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
 * ("public interface ApplicationUser extends Principal, WithId, WithKey"; {@code String getKey()},
 * {@code String getUsername()}, {@code String getName()} (synonym of getUsername, from Principal),
 * {@code String getDisplayName()}, {@code String getEmailAddress()}, {@code boolean isActive()}), also listed on
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html. The Jira-only
 * super-interfaces WithId/WithKey are left out: we never call them through those types. Not re-checked against a
 * Jira 10/11 javadoc page.
 */
public interface ApplicationUser extends Principal {

    String getKey();

    String getUsername();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}
