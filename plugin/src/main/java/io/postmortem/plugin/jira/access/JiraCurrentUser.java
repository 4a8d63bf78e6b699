package io.postmortem.plugin.jira.access;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.access.CurrentUser;

import java.util.Optional;

/** The logged-in user of the current Jira request, by user name. */
public final class JiraCurrentUser implements CurrentUser {
    private final JiraAuthenticationContext authenticationContext;

    public JiraCurrentUser(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(authenticationContext.getLoggedInUser()).map(ApplicationUser::getUsername);
    }
}
