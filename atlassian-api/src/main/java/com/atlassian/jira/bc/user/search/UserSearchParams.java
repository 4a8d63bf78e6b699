package com.atlassian.jira.bc.user.search;

/**
 * Options of a user search.
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/user/search/UserSearchParams.html
 * ("public class UserSearchParams extends Object"; "static UserSearchParams ACTIVE_USERS_ALLOW_EMPTY_QUERY";
 * constructor {@code (boolean allowEmptyQuery, boolean includeActive, boolean includeInactive)}) and its source in
 * the code index ({@code ACTIVE_USERS_ALLOW_EMPTY_QUERY = new UserSearchParams(true, true, false, ...)}, accessors).
 * The object constant is read with getstatic.
 */
public class UserSearchParams {

    public static final UserSearchParams ACTIVE_USERS_ALLOW_EMPTY_QUERY = new UserSearchParams(true, true, false);

    private final boolean allowEmptyQuery;
    private final boolean includeActive;
    private final boolean includeInactive;

    public UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) {
        this.allowEmptyQuery = allowEmptyQuery;
        this.includeActive = includeActive;
        this.includeInactive = includeInactive;
    }

    public boolean allowEmptyQuery() {
        return allowEmptyQuery;
    }

    public boolean includeActive() {
        return includeActive;
    }

    public boolean includeInactive() {
        return includeInactive;
    }
}
