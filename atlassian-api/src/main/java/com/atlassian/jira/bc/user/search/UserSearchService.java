package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/**
 * Searches users by a (possibly empty) query.
 * <p>
 * Source: https://docs.atlassian.com/jira/7.0.4/com/atlassian/jira/bc/user/search/UserSearchService.html
 * ("@PublicApi public interface UserSearchService"; {@code List<ApplicationUser> findUsers(String query,
 * UserSearchParams userSearchParams)}). It replaces {@code UserManager.getAllApplicationUsers()}, deprecated since
 * 7.0 ("Only retrieve the users you really need. See UserSearchService",
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/UserUtils.html). Jira 11 page not seen.
 */
public interface UserSearchService {

    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
