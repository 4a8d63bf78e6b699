package io.postmortem.plugin.rest;

import io.postmortem.core.blameless.BlamelessRuleExtensions;
import io.postmortem.core.access.Actors;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.access.Projects;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationService;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.config.ConfigurationValidator;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jira in memory for the configuration resources: users, groups, projects, administrators, the logged-in user and
 * the configuration store with its audit log.
 */
final class ConfigTestJira implements People, Projects, Permissions, CurrentUser, ConfigurationStore {
    final Set<String> users = new HashSet<>(Set.of("admin", "alice", "bob"));
    final Set<String> groups = new HashSet<>(Set.of("major-incident-management", "site-reliability-engineering",
            "payments-team", "ledger-team"));
    final Set<String> projects = new HashSet<>(Set.of("PM", "PAY", "PAYM", "LED"));
    final Set<String> administrators = new HashSet<>(Set.of("admin"));
    String loggedIn;
    Configuration configuration = Configuration.defaults();
    final List<AuditEntry> audit = new ArrayList<>();

    ConfigurationService service() {
        return new ConfigurationService(this, new ConfigurationValidator(this, this, new BlamelessRuleExtensions()),
                this);
    }

    Actors actors() {
        return new Actors(this, this, this);
    }

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(loggedIn);
    }

    @Override
    public Optional<Person> person(String username) {
        return users.contains(username)
                ? Optional.of(new Person(username, username, username + "@example.com", ZoneId.of("UTC")))
                : Optional.empty();
    }

    @Override
    public Set<String> groupsOf(String username) {
        return Set.of();
    }

    @Override
    public List<String> membersOf(String group) {
        return List.of();
    }

    @Override
    public boolean groupExists(String group) {
        return groups.contains(group);
    }

    @Override
    public List<Person> everyone() {
        return users.stream().map(u -> person(u).orElseThrow()).toList();
    }

    @Override
    public boolean exists(String projectKey) {
        return projects.contains(projectKey);
    }

    @Override
    public boolean isAdministrator(String username) {
        return administrators.contains(username);
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
        return true;
    }

    @Override
    public Configuration load() {
        return configuration;
    }

    @Override
    public void save(Configuration configuration, String actor, List<String> changes) {
        this.configuration = configuration;
        changes.forEach(change -> audit.add(0, new AuditEntry(audit.size() + 1, actor,
                Instant.parse("2026-11-20T10:15:30Z"), change)));
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return audit.stream().limit(limit).toList();
    }
}
