package io.postmortem.plugin.persistence.timeline;

import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Jira's side of the timeline kept in memory (incidents, people, permissions, configuration, locks), so that every
 * statement a timeline request issues comes from the plugin's own tables.
 */
public final class FixedHost implements IncidentTickets, People, Permissions, ConfigurationStore, ClusterLocks {
    public static final Instant STARTED = Instant.parse("2026-03-10T12:00:00Z");

    private final Map<String, Set<String>> groups = Map.of(
            "alice", Set.of("team-payments"), "bob", Set.of("team-search"), "mia", Set.of("mim"));
    private final Configuration configuration = Configuration.defaults().withDirectory(new Directory(
            List.of(new Platform("commerce", "Commerce", "lena")),
            List.of(new Team("payments", "Payments", "commerce", "PAY", null, "team-payments"),
                    new Team("search", "Search", "commerce", "SRCH", null, "team-search"),
                    new Team("identity", "Identity", "commerce", "IDN", null, "team-identity")),
            "mim", "sre"));

    @Override
    public Optional<Incident> find(String key) {
        return key.startsWith("INC-") ? Optional.of(new Incident(key, "INC", "Checkout errors", Severity.P2,
                "payments", List.of("search"), List.of(), STARTED, STARTED, null, null, "alice", "bob"))
                : Optional.empty();
    }

    @Override
    public boolean exists(String key) {
        return find(key).isPresent();
    }

    @Override
    public List<IncidentEvent> history(String key) {
        return List.of();
    }

    @Override
    public Optional<Person> person(String username) {
        return groups.containsKey(username)
                ? Optional.of(new Person(username, username, username + "@example.com", ZoneId.of("Europe/Berlin")))
                : Optional.empty();
    }

    @Override
    public Set<String> groupsOf(String username) {
        return groups.getOrDefault(username, Set.of());
    }

    @Override
    public List<String> membersOf(String group) {
        return List.of();
    }

    @Override
    public boolean groupExists(String group) {
        return false;
    }

    @Override
    public List<Person> everyone() {
        return List.of();
    }

    @Override
    public boolean isAdministrator(String username) {
        return false;
    }

    @Override
    public boolean canBrowseProject(String username, String projectKey) {
        return true;
    }

    @Override
    public boolean canBrowseIssue(String username, String issueKey) {
        return true;
    }

    @Override
    public boolean canEditIssue(String username, String issueKey) {
        return true;
    }

    @Override
    public boolean canCreateIssue(String username, String projectKey) {
        return false;
    }

    @Override
    public Configuration load() {
        return configuration;
    }

    @Override
    public void save(Configuration c, String actor, List<String> changes) {
        throw new UnsupportedOperationException("the timeline never saves configuration");
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return List.of();
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        return work.get();
    }
}
