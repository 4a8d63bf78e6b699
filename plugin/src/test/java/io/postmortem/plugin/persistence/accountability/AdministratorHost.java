package io.postmortem.plugin.persistence.accountability;

import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jira in memory for measuring the accountability path: one logged-in administrator who may browse every project,
 * and a fixed directory; so every statement a request issues comes from the plugin's own tables. Shared with the
 * benchmarks through the plugin's test-jar.
 */
public final class AdministratorHost implements ConfigurationStore, Permissions, People, CurrentUser {
    private final Configuration configuration;

    public AdministratorHost(Directory directory) {
        this.configuration = Configuration.defaults().withDirectory(directory);
    }

    @Override
    public Configuration load() {
        return configuration;
    }

    @Override
    public void save(Configuration configuration, String actor, List<String> changes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return List.of();
    }

    @Override
    public boolean isAdministrator(String username) {
        return true;
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
    public Optional<Person> person(String username) {
        return Optional.empty();
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
        return true;
    }

    @Override
    public List<Person> everyone() {
        return List.of();
    }

    @Override
    public Optional<String> username() {
        return Optional.of("admin");
    }
}
