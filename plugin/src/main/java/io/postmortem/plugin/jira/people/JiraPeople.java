package io.postmortem.plugin.jira.people;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;

import io.postmortem.plugin.health.HostCalls;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * Jira's user directory: users, their groups (including nested groups, as Jira resolves them) and each user's
 * time zone from their profile (Jira's default zone when they have not chosen one).
 * <p>
 * Guarded, because no public Jira 10/11 source shows these calls: groups ({@value #GROUPS}: off means nobody is in a
 * group, so group-based access fails closed), the user list ({@value #DIRECTORY}), time zones ({@value #TIME_ZONES}:
 * off means the server's zone) and e-mail addresses ({@value #ADDRESSES}).
 */
public final class JiraPeople implements People {
    private final UserManager userManager;
    private final GroupManager groupManager;
    private final UserSearchService userSearchService;
    private final TimeZoneManager timeZoneManager;
    private final HostCalls host;

    static final String GROUPS = "groups";
    static final String DIRECTORY = "user-directory";
    static final String TIME_ZONES = "user-time-zones";
    static final String ADDRESSES = "user-addresses";

    public JiraPeople(UserManager userManager, GroupManager groupManager, UserSearchService userSearchService,
                      TimeZoneManager timeZoneManager, HostCalls host) {
        this.userManager = userManager;
        this.groupManager = groupManager;
        this.userSearchService = userSearchService;
        this.timeZoneManager = timeZoneManager;
        this.host = host;
    }

    @Override
    public Optional<Person> person(String username) {
        return Optional.ofNullable(user(username)).map(this::toPerson);
    }

    @Override
    public Set<String> groupsOf(String username) {
        ApplicationUser user = user(username);
        if (user == null) {
            return Set.of();
        }
        return sorted(host.callOr(GROUPS, () -> groupManager.getGroupNamesForUser(user), List::of));
    }

    @Override
    public List<String> membersOf(String group) {
        if (!groupExists(group)) {
            return List.of();
        }
        return List.copyOf(sorted(host.callOr(GROUPS, () -> groupManager.getUserNamesInGroup(group), List::of)));
    }

    @Override
    public boolean groupExists(String group) {
        return group != null && !group.isBlank() && host.callOr(GROUPS, () -> groupManager.groupExists(group), () -> false);
    }

    /** Every active user; an empty query with "allow empty query" lists them all. */
    @Override
    public List<Person> everyone() {
        return activeUsers().map(this::toPerson).sorted(Comparator.comparing(Person::username)).toList();
    }

    /** Names only: the blameless review needs no time zones, so it skips a time-zone lookup per user. */
    @Override
    public Set<String> names() {
        Set<String> names = new java.util.HashSet<>();
        activeUsers().forEach(user -> {
            if (user.getUsername() != null) {
                names.add(user.getUsername());
            }
            if (user.getDisplayName() != null) {
                names.add(user.getDisplayName());
            }
        });
        return names;
    }

    private java.util.stream.Stream<ApplicationUser> activeUsers() {
        List<ApplicationUser> users = host.callOr(DIRECTORY,
                () -> userSearchService.findUsers("", UserSearchParams.ACTIVE_USERS_ALLOW_EMPTY_QUERY), List::of);
        return users.stream()
                .filter(Objects::nonNull)
                .filter(ApplicationUser::isActive);
    }

    private Person toPerson(ApplicationUser user) {
        return new Person(user.getUsername(), user.getDisplayName(),
                host.callOr(ADDRESSES, user::getEmailAddress, () -> null), zoneOf(user));
    }

    private ZoneId zoneOf(ApplicationUser user) {
        TimeZone zone = host.callOr(TIME_ZONES, () -> {
            TimeZone own = timeZoneManager.getTimeZoneforUser(user);
            return own == null ? timeZoneManager.getDefaultTimezone() : own;
        }, () -> null);
        return zone == null ? ZoneId.systemDefault() : zone.toZoneId();
    }

    private ApplicationUser user(String username) {
        return username == null || username.isBlank() ? null : userManager.getUserByName(username);
    }

    private static Set<String> sorted(Collection<String> names) {
        TreeSet<String> result = new TreeSet<>();
        if (names != null) {
            names.stream().filter(Objects::nonNull).forEach(result::add);
        }
        return result;
    }
}
