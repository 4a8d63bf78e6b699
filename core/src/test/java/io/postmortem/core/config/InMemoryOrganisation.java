package io.postmortem.core.config;

import io.postmortem.core.access.Permissions;
import io.postmortem.core.access.Projects;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small Jira in memory: users, groups, projects and administrators, for configuration tests. */
final class InMemoryOrganisation implements People, Projects, Permissions {
    final Set<String> users = new HashSet<>();
    final Set<String> groups = new HashSet<>();
    final Set<String> projects = new HashSet<>();
    final Set<String> administrators = new HashSet<>();
    int lookups;

    InMemoryOrganisation users(String... names) {
        users.addAll(List.of(names));
        return this;
    }

    InMemoryOrganisation groups(String... names) {
        groups.addAll(List.of(names));
        return this;
    }

    InMemoryOrganisation projects(String... keys) {
        projects.addAll(List.of(keys));
        return this;
    }

    InMemoryOrganisation administrators(String... names) {
        administrators.addAll(List.of(names));
        users.addAll(List.of(names));
        return this;
    }

    @Override
    public Optional<Person> person(String username) {
        lookups++;
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
        lookups++;
        return groups.contains(group);
    }

    @Override
    public List<Person> everyone() {
        return new ArrayList<>(users.stream().map(u -> person(u).orElseThrow()).toList());
    }

    @Override
    public boolean exists(String projectKey) {
        lookups++;
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
}
