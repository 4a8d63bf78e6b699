package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/**
 * The context of a search: the searcher, whose permissions JQL functions apply unless security is overridden
 * (administration searches).
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/query/QueryCreationContext.html
 * ("@PublicApi public interface QueryCreationContext"; {@code ApplicationUser getApplicationUser()},
 * {@code boolean isSecurityOverriden()}). Only the members the plugin calls are declared; it never implements it.
 */
public interface QueryCreationContext {

    ApplicationUser getApplicationUser();

    boolean isSecurityOverriden();
}
