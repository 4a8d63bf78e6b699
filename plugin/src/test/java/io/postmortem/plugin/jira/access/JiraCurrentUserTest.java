package io.postmortem.plugin.jira.access;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraCurrentUserTest {
    private final JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
    private final JiraCurrentUser currentUser = new JiraCurrentUser(context);

    @Test
    void theLoggedInUserIsKnownByUserName() {
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.getUsername()).thenReturn("alice");
        when(alice.getKey()).thenReturn("JIRAUSER10100");
        when(context.getLoggedInUser()).thenReturn(alice);

        assertThat(currentUser.username()).contains("alice");
    }

    @Test
    void anonymousRequestsHaveNoUser() {
        when(context.getLoggedInUser()).thenReturn(null);

        assertThat(currentUser.username()).isEmpty();
    }
}
