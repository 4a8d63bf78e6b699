package io.postmortem.plugin.jira.people;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortem.core.people.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraPeopleTest {
    private final UserManager userManager = mock(UserManager.class);
    private final GroupManager groupManager = mock(GroupManager.class);
    private final UserSearchService search = mock(UserSearchService.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final JiraPeople people = new JiraPeople(userManager, groupManager, search, timeZones,
            new io.postmortem.plugin.health.HostCalls(new io.postmortem.plugin.health.DegradedFeatures(java.time.Clock.systemUTC())));

    private final ApplicationUser alice = user("alice", "Alice Archer", "alice@example.com", true);
    private final ApplicationUser bob = user("bob", "Bob Baker", "bob@example.com", true);

    @BeforeEach
    void jira() {
        when(userManager.getUserByName("alice")).thenReturn(alice);
        when(timeZones.getTimeZoneforUser(alice)).thenReturn(TimeZone.getTimeZone("America/New_York"));
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("Europe/London"));
    }

    @Test
    void aPersonCarriesNameAddressAndTheirOwnTimeZone() {
        assertThat(people.person("alice")).contains(
                new Person("alice", "Alice Archer", "alice@example.com", ZoneId.of("America/New_York")));
        assertThat(people.person("ghost")).isEmpty();
    }

    @Test
    void withoutAPersonalZoneJirasDefaultZoneApplies() {
        when(userManager.getUserByName("bob")).thenReturn(bob);
        when(timeZones.getTimeZoneforUser(bob)).thenReturn(null);

        assertThat(people.person("bob")).map(Person::timeZone).contains(ZoneId.of("Europe/London"));
    }

    @Test
    void groupsOfAUserAreJirasGroupNamesSorted() {
        when(groupManager.getGroupNamesForUser(alice)).thenReturn(List.of("team-payments", "jira-users", "sre"));

        assertThat(people.groupsOf("alice")).containsExactly("jira-users", "sre", "team-payments");
        assertThat(people.groupsOf("ghost")).isEmpty();
    }

    @Test
    void membersOfAGroupInAStableOrder() {
        when(groupManager.groupExists("sre")).thenReturn(true);
        when(groupManager.getUserNamesInGroup("sre")).thenReturn(List.of("zoe", "bob", "alice"));

        assertThat(people.membersOf("sre")).containsExactly("alice", "bob", "zoe");
    }

    @Test
    void anUnknownGroupHasNoMembersAndIsNotListed() {
        when(groupManager.groupExists("nope")).thenReturn(false);

        assertThat(people.membersOf("nope")).isEmpty();
        assertThat(people.groupExists("nope")).isFalse();
        assertThat(people.groupExists("")).isFalse();
        verify(groupManager, never()).getUserNamesInGroup(any());
    }

    @Test
    void everyoneIsEveryActiveUserFromAnEmptySearch() {
        ApplicationUser gone = user("gone", "Gone Away", "gone@example.com", false);
        when(search.findUsers(eq(""), eq(UserSearchParams.ACTIVE_USERS_ALLOW_EMPTY_QUERY)))
                .thenReturn(List.of(bob, gone, alice));

        assertThat(people.everyone()).extracting(Person::username).containsExactly("alice", "bob");
    }

    @Test
    void namesAreUserNamesAndDisplayNamesOfActiveUsersWithoutTimeZoneLookups() {
        ApplicationUser gone = user("gone", "Gone Away", "gone@example.com", false);
        when(search.findUsers(eq(""), eq(UserSearchParams.ACTIVE_USERS_ALLOW_EMPTY_QUERY)))
                .thenReturn(List.of(bob, gone, alice));

        assertThat(people.names()).containsExactlyInAnyOrder("alice", "Alice Archer", "bob", "Bob Baker");
        verify(timeZones, never()).getTimeZoneforUser(any());
    }

    private static ApplicationUser user(String name, String displayName, String email, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(name);
        when(user.getDisplayName()).thenReturn(displayName);
        when(user.getEmailAddress()).thenReturn(email);
        when(user.isActive()).thenReturn(active);
        return user;
    }
}
