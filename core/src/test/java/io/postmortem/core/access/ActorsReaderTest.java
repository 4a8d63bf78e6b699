package io.postmortem.core.access;

import io.postmortem.core.config.ConfiguredReaderProjects;

import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotAuthenticatedException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorsReaderTest {
    /** Who may browse which project. */
    private static final Map<String, Set<String>> BROWSE = Map.of(
            "pm-reader", Set.of("PM"), "team-reader", Set.of("CARD"), "outsider", Set.of(), "boss", Set.of());
    private String loggedIn;

    private final Permissions permissions = new Permissions() {
        public boolean isAdministrator(String username) {
            return username.equals("boss");
        }

        public boolean canBrowseProject(String username, String projectKey) {
            return BROWSE.getOrDefault(username, Set.of()).contains(projectKey);
        }

        public boolean canBrowseIssue(String username, String issueKey) {
            return false;
        }

        public boolean canEditIssue(String username, String issueKey) {
            return false;
        }

        public boolean canCreateIssue(String username, String projectKey) {
            return false;
        }
    };
    private final People people = new People() {
        public Optional<Person> person(String username) {
            return Optional.empty();
        }

        public Set<String> groupsOf(String username) {
            return Set.of();
        }

        public List<String> membersOf(String group) {
            return List.of();
        }

        public boolean groupExists(String group) {
            return false;
        }

        public List<Person> everyone() {
            return List.of();
        }
    };
    private final Configuration configuration = Configuration.defaults().withDirectory(new Directory(
            List.of(new Platform("payments", "Payments", "lead")),
            List.of(new Team("card", "Card", "payments", "CARD", null, "card")), "mim", "sre"));
    private final ConfigurationStore store = new ConfigurationStore() {
        public Configuration load() {
            return configuration;
        }

        public void save(Configuration c, String by, List<String> changes) {
            throw new UnsupportedOperationException();
        }

        public List<io.postmortem.core.config.AuditEntry> audit(int limit) {
            return List.of();
        }
    };
    private final Actors actors = new Actors(() -> Optional.ofNullable(loggedIn), people, permissions,
            new ConfiguredReaderProjects(store));

    @Test
    void whoeverMayBrowseThePostmortemProjectOrATeamsProjectReads() {
        assertThat(configuration.incidentMapping().postmortemProject()).isEqualTo("PM");
        loggedIn = "pm-reader";
        assertThat(actors.reader().username()).isEqualTo("pm-reader");
        loggedIn = "team-reader";
        assertThat(actors.reader().username()).isEqualTo("team-reader");
        loggedIn = "boss";
        assertThat(actors.reader().administrator()).isTrue();
    }

    @Test
    void anOutsiderIsRefusedAndNobodyIsAskedToLogIn() {
        loggedIn = "outsider";
        assertThatThrownBy(actors::reader).isInstanceOf(ForbiddenException.class);
        assertThat(actors.current().username()).isEqualTo("outsider");
        loggedIn = null;
        assertThatThrownBy(actors::reader).isInstanceOf(NotAuthenticatedException.class);
    }
}
