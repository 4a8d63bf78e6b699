package io.postmortem.core.timeline;

import io.postmortem.core.access.Actor;
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
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.shared.Severity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A small organisation in memory, with every port the timeline needs.
 *
 * <ul>
 *   <li>alice: payments (owning team of INC-1), Europe/Berlin</li>
 *   <li>bob: search (impacted by INC-1), America/New_York</li>
 *   <li>carol: checkout, the team facilitating INC-1's postmortem</li>
 *   <li>ivan: identity, not impacted until someone adds the team</li>
 *   <li>mia: MIM; sam: SRE; nora: can browse, in no team; olga: cannot browse the INC project</li>
 * </ul>
 */
final class TimelineFixture {
    static final String INCIDENT = "INC-1";
    static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");

    final Directory directory = new Directory(
            List.of(new Platform("commerce", "Commerce", "lena"), new Platform("core", "Core", "kurt")),
            List.of(new Team("payments", "Payments", "commerce", "PAY", null, "team-payments"),
                    new Team("search", "Search", "core", "SRCH", null, "team-search"),
                    new Team("checkout", "Checkout", "commerce", "CHK", null, "team-checkout"),
                    new Team("identity", "Identity", "core", "IDN", null, "team-identity")),
            "major-incident-management", "site-reliability-engineering");

    final InMemoryTimelineRepository repository = new InMemoryTimelineRepository();
    final Incidents incidents = new Incidents();
    final AddedTeams addedTeams = new AddedTeams();
    final Participation participation = new Participation();
    final Browse permissions = new Browse();
    final Store configuration = new Store(Configuration.defaults().withDirectory(directory));
    final InMemoryPeople people = new InMemoryPeople();
    final Locks locks = new Locks();
    final MutableClock clock = new MutableClock(NOW);
    final TimelineService service = new TimelineService(incidents, repository, addedTeams, participation,
            permissions, configuration, people, locks, clock);

    TimelineFixture() {
        people.add("alice", ZoneId.of("Europe/Berlin"), "team-payments");
        people.add("bob", ZoneId.of("America/New_York"), "team-search");
        people.add("carol", ZoneId.of("Europe/London"), "team-checkout");
        people.add("ivan", ZoneId.of("Asia/Kolkata"), "team-identity");
        people.add("mia", ZoneId.of("Europe/London"), "major-incident-management");
        people.add("sam", ZoneId.of("Europe/London"), "site-reliability-engineering");
        people.add("nora", ZoneId.of("Europe/London"));
        people.add("olga", ZoneId.of("Europe/London"), "team-payments");
        for (String user : List.of("alice", "bob", "carol", "ivan", "mia", "sam", "nora")) {
            permissions.allow(user, "INC");
        }
        incidents.put(incident(null, null, null));
        participation.facilitators.put(INCIDENT, new Facilitator(Facilitator.Type.TEAM, "checkout"));
    }

    static Incident incident(Instant startedAt, Instant detectedAt, Instant resolvedAt) {
        return new Incident(INCIDENT, "INC", "Card payments failing", Severity.P2, "payments", List.of("search"),
                List.of(), Instant.parse("2026-03-10T13:30:00Z"), startedAt, detectedAt, resolvedAt, "alice", "bob");
    }

    Actor actor(String username) {
        return new Actor(username, people.groupsOf(username), false);
    }

    Timeline.Item add(String user, String at, String team, String kind, String text) {
        return service.add(actor(user), INCIDENT, new EntryDraft(at, team, kind, text, null));
    }

    static final class Incidents implements IncidentTickets {
        final Map<String, Incident> incidents = new HashMap<>();
        final Map<String, List<IncidentEvent>> history = new HashMap<>();

        void put(Incident incident) {
            incidents.put(incident.key(), incident);
        }

        @Override
        public Optional<Incident> find(String key) {
            return Optional.ofNullable(incidents.get(key));
        }

        @Override
        public boolean exists(String key) {
            return incidents.containsKey(key);
        }

        @Override
        public List<IncidentEvent> history(String key) {
            return List.copyOf(history.getOrDefault(key, List.of()));
        }
    }

    static final class AddedTeams implements ImpactedTeams {
        final Map<String, LinkedHashSet<String>> teams = new HashMap<>();
        int calls;

        @Override
        public List<String> addedTo(String incidentKey) {
            calls++;
            return List.copyOf(teams.getOrDefault(incidentKey, new LinkedHashSet<>()));
        }

        @Override
        public void add(String incidentKey, String team, String by, Instant at) {
            calls++;
            teams.computeIfAbsent(incidentKey, k -> new LinkedHashSet<>()).add(team);
        }
    }

    static final class Participation implements TimelineParticipation {
        final Map<String, Facilitator> facilitators = new HashMap<>();
        final Set<String> closed = new HashSet<>();

        @Override
        public Optional<Facilitator> facilitatorOf(String incidentKey) {
            return Optional.ofNullable(facilitators.get(incidentKey));
        }

        @Override
        public boolean editable(String incidentKey) {
            return !closed.contains(incidentKey);
        }
    }

    static final class Browse implements Permissions {
        final Map<String, Set<String>> browsers = new HashMap<>();

        void allow(String user, String project) {
            browsers.computeIfAbsent(project, p -> new HashSet<>()).add(user);
        }

        @Override
        public boolean isAdministrator(String username) {
            return false;
        }

        @Override
        public boolean canBrowseProject(String username, String projectKey) {
            return browsers.getOrDefault(projectKey, Set.of()).contains(username);
        }

        @Override
        public boolean canBrowseIssue(String username, String issueKey) {
            return canBrowseProject(username, issueKey.substring(0, issueKey.indexOf('-')));
        }

        @Override
        public boolean canEditIssue(String username, String issueKey) {
            return canBrowseIssue(username, issueKey);
        }

        @Override
        public boolean canCreateIssue(String username, String projectKey) {
            return canBrowseProject(username, projectKey);
        }
    }

    static final class Store implements ConfigurationStore {
        Configuration configuration;

        Store(Configuration configuration) {
            this.configuration = configuration;
        }

        @Override
        public Configuration load() {
            return configuration;
        }

        @Override
        public void save(Configuration newConfiguration, String actor, List<String> changes) {
            this.configuration = newConfiguration;
        }

        @Override
        public List<AuditEntry> audit(int limit) {
            return List.of();
        }
    }

    static final class InMemoryPeople implements People {
        final Map<String, Person> persons = new LinkedHashMap<>();
        final Map<String, Set<String>> groups = new HashMap<>();

        void add(String username, ZoneId zone, String... groupNames) {
            persons.put(username, new Person(username, username, username + "@example.com", zone));
            groups.put(username, Set.of(groupNames));
        }

        @Override
        public Optional<Person> person(String username) {
            return Optional.ofNullable(persons.get(username));
        }

        @Override
        public Set<String> groupsOf(String username) {
            return groups.getOrDefault(username, Set.of());
        }

        @Override
        public List<String> membersOf(String group) {
            return groups.entrySet().stream().filter(e -> e.getValue().contains(group)).map(Map.Entry::getKey)
                    .sorted().toList();
        }

        @Override
        public boolean groupExists(String group) {
            return groups.values().stream().anyMatch(g -> g.contains(group));
        }

        @Override
        public List<Person> everyone() {
            return List.copyOf(persons.values());
        }
    }

    static final class Locks implements ClusterLocks {
        final List<String> taken = new ArrayList<>();

        @Override
        public <T> T withLock(String name, Supplier<T> work) {
            taken.add(name);
            return work.get();
        }
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
