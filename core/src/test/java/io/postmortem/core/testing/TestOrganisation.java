package io.postmortem.core.testing;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.access.Projects;
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
import io.postmortem.core.locking.SingleNodeLocks;
import io.postmortem.core.mail.Mail;
import io.postmortem.core.mail.Mailer;
import io.postmortem.core.mail.NotificationLedger;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one in-memory host for tests: Jira's side of the product (people and groups, permissions, projects, incidents,
 * the stored configuration with its audit log, mail, the notification ledger, cluster locks and the logged-in user)
 * behind the core's ports, with no mocks. Postmortems and their tickets are {@link InMemoryPostmortems}, the host's
 * health facts {@link TestHostHealth}.
 *
 * <p>{@code new TestOrganisation()} is the demo organisation of the domain tests: two platforms, three teams, MIM and
 * SRE, where everyone but the outsider browses and editors are the incident's teams, MIM, SRE and administrators.
 * {@link #builder()} starts from an empty Jira and sets what a test varies: directory, users and groups, projects,
 * administrators, the zone people live in, which incidents exist and the permission rules.
 */
public final class TestOrganisation implements People, Permissions, IncidentTickets, ConfigurationStore, Mailer,
        NotificationLedger, ClusterLocks, CurrentUser {

    public static final String MIM_GROUP = "mim";
    public static final String SRE_GROUP = "sre";
    /** When {@link #save} records its audit entries: a fixed instant, so tests can assert them. */
    public static final Instant AUDITED_AT = Instant.parse("2026-11-20T10:15:30Z");

    private static final BiPredicate<String, String> ALWAYS = (user, key) -> true;

    private final Map<String, Set<String>> groupsByUser = new ConcurrentHashMap<>();
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
    private final Set<String> withoutProfile = ConcurrentHashMap.newKeySet();
    private final Map<String, Person> profiles = new ConcurrentHashMap<>();
    private final Map<String, List<IncidentEvent>> histories = new ConcurrentHashMap<>();
    private final Set<String> groupsWithoutMembers = ConcurrentHashMap.newKeySet();
    private final Set<String> administrators = ConcurrentHashMap.newKeySet();
    private final Set<String> projects = ConcurrentHashMap.newKeySet();
    private final Map<String, Incident> incidents = new ConcurrentHashMap<>();
    private final Set<String> otherIssues = ConcurrentHashMap.newKeySet();
    private final Set<String> hidden = ConcurrentHashMap.newKeySet();
    private final Set<String> hiddenProjects = ConcurrentHashMap.newKeySet();
    private final SingleNodeLocks locks = new SingleNodeLocks();
    private final Set<String> ledger = ConcurrentHashMap.newKeySet();
    private final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger saves = new AtomicInteger();
    public final List<Mail> outbox = new CopyOnWriteArrayList<>();
    /** The name of every cluster lock taken, in order. */
    public final List<String> locksTaken = new CopyOnWriteArrayList<>();
    private final ZoneId zone;
    private final Function<String, Optional<Incident>> unknownIncidents;
    private final BiPredicate<String, String> browseProject;
    private final BiPredicate<String, String> browseIssue;
    private final BiPredicate<String, String> editIssue;
    private final BiPredicate<String, String> createIssue;
    private volatile Configuration configuration;
    private volatile RuntimeException unreadableConfiguration;
    private volatile String loggedIn;

    /** The demo organisation: two platforms, three teams, MIM, SRE, an administrator and an outsider. */
    public TestOrganisation() {
        this(new Builder().directory(new Directory(
                List.of(new Platform("payments", "Payments", "lead-payments"),
                        new Platform("storefront", "Storefront", "lead-storefront")),
                List.of(new Team("checkout", "Checkout", "payments", "CHK", "checkout-service", "team-checkout"),
                        new Team("ledger", "Ledger", "payments", "LED", "ledger-service", "team-ledger"),
                        new Team("search", "Search", "storefront", "SRCH", "search-service", "team-search")),
                MIM_GROUP, SRE_GROUP)).zone(ZoneId.of("Europe/London")));
        user("admin", "jira-administrators");
        user("mim", MIM_GROUP);
        user("mim2", MIM_GROUP);
        user("sre", SRE_GROUP);
        user("lead-payments");
        user("lead-storefront");
        user("dev-checkout", "team-checkout");
        user("dev-checkout2", "team-checkout");
        user("dev-ledger", "team-ledger");
        user("dev-search", "team-search");
        user("outsider");
    }

    private TestOrganisation(Builder builder) {
        this.configuration = builder.configuration;
        this.zone = builder.zone;
        this.unknownIncidents = builder.unknownIncidents;
        this.browseProject = builder.browseProject != null ? builder.browseProject : this::mayBrowseProject;
        this.browseIssue = builder.browseIssue != null ? builder.browseIssue : this::mayBrowseIssue;
        this.editIssue = builder.editIssue != null ? builder.editIssue : this::mayEditIssue;
        this.createIssue = builder.createIssue != null ? builder.createIssue : this::canBrowseProject;
        this.groupsByUser.putAll(builder.groupsByUser);
        this.zones.putAll(builder.zones);
        this.withoutProfile.addAll(builder.withoutProfile);
        this.profiles.putAll(builder.profiles);
        this.groupsWithoutMembers.addAll(builder.groups);
        this.administrators.addAll(builder.administrators);
        this.projects.addAll(builder.projects);
        this.loggedIn = builder.loggedIn;
    }

    /**
     * One logged-in administrator, "admin", who may browse, edit and create everything, over this directory: for
     * measuring a request whose every statement comes from the plugin's own tables.
     */
    public static TestOrganisation loggedInAdministrator(Directory directory) {
        return builder().directory(directory).administrators("admin").loggedIn("admin").everyoneMayDoEverything()
                .build();
    }

    /** An empty Jira: default configuration, nobody, no projects; the demo's permission rules unless set. */
    public static Builder builder() {
        return new Builder();
    }

    /** The variations of the host a test sets up before it starts. */
    public static final class Builder {
        private Configuration configuration = Configuration.defaults();
        private ZoneId zone = ZoneId.of("UTC");
        private final Map<String, Set<String>> groupsByUser = new ConcurrentHashMap<>();
        private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
        private final Set<String> withoutProfile = ConcurrentHashMap.newKeySet();
        private final Map<String, Person> profiles = new ConcurrentHashMap<>();
        private final Set<String> groups = ConcurrentHashMap.newKeySet();
        private final Set<String> administrators = ConcurrentHashMap.newKeySet();
        private final Set<String> projects = ConcurrentHashMap.newKeySet();
        private Function<String, Optional<Incident>> unknownIncidents = key -> Optional.empty();
        private BiPredicate<String, String> browseProject;
        private BiPredicate<String, String> browseIssue;
        private BiPredicate<String, String> editIssue;
        private BiPredicate<String, String> createIssue;
        private String loggedIn;

        private Builder() {
        }

        public Builder configuration(Configuration configuration) {
            this.configuration = configuration;
            return this;
        }

        /** The default configuration with this directory. */
        public Builder directory(Directory directory) {
            return configuration(configuration.withDirectory(directory));
        }

        /** The time zone every person's profile names. */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /** This user's profile names another time zone than everyone else's. */
        public Builder zone(String username, ZoneId zone) {
            zones.put(username, zone);
            return this;
        }

        /** Users who belong to groups but whose profile the host does not give (no name, mail or time zone). */
        public Builder withoutProfile(String... usernames) {
            withoutProfile.addAll(List.of(usernames));
            return this;
        }

        /** A user with this profile (display name, mail, time zone) and the groups they belong to. */
        public Builder person(Person profile, String... groups) {
            profiles.put(profile.username(), profile);
            return user(profile.username(), groups);
        }

        /** A user and the groups they belong to. */
        public Builder user(String username, String... groups) {
            groupsByUser.put(username, Set.of(groups));
            return this;
        }

        public Builder users(String... usernames) {
            for (String username : usernames) {
                groupsByUser.putIfAbsent(username, Set.of());
            }
            return this;
        }

        /** Groups that exist, whether or not anybody belongs to them. */
        public Builder groups(String... names) {
            groups.addAll(List.of(names));
            return this;
        }

        /** Users who are Jira administrators. */
        public Builder administrators(String... usernames) {
            administrators.addAll(List.of(usernames));
            return users(usernames);
        }

        /** Projects that exist, as {@link #projects()} answers. */
        public Builder projects(String... keys) {
            projects.addAll(List.of(keys));
            return this;
        }

        /** Who is logged in when the test starts. */
        public Builder loggedIn(String username) {
            this.loggedIn = username;
            return this;
        }

        /** Incidents the host finds without being told them one by one, e.g. every key the test makes up. */
        public Builder incidents(Function<String, Optional<Incident>> finder) {
            this.unknownIncidents = finder;
            return this;
        }

        public Builder browseProjects(BiPredicate<String, String> userAndProjectKey) {
            this.browseProject = userAndProjectKey;
            return this;
        }

        public Builder browseIssues(BiPredicate<String, String> userAndIssueKey) {
            this.browseIssue = userAndIssueKey;
            return this;
        }

        public Builder editIssues(BiPredicate<String, String> userAndIssueKey) {
            this.editIssue = userAndIssueKey;
            return this;
        }

        public Builder createIssues(BiPredicate<String, String> userAndProjectKey) {
            this.createIssue = userAndProjectKey;
            return this;
        }

        /** Everyone may browse, edit and create everything (administrators are still only those named). */
        public Builder everyoneMayDoEverything() {
            return browseProjects(ALWAYS).browseIssues(ALWAYS).editIssues(ALWAYS).createIssues(ALWAYS);
        }

        public TestOrganisation build() {
            return new TestOrganisation(this);
        }
    }

    public void user(String username, String... groups) {
        groupsByUser.put(username, Set.of(groups));
    }

    public Actor actor(String username) {
        return new Actor(username, groupsOf(username), isAdministrator(username));
    }

    /** The use cases' way from a username to an actor, over this host. */
    public Actors actors() {
        return new Actors(this, this, this);
    }

    public void logIn(String username) {
        this.loggedIn = username;
    }

    /** The ticket system's projects: those the builder named. Counts as a {@link #lookups() lookup}. */
    public Projects projects() {
        return projectKey -> {
            lookups.incrementAndGet();
            return projects.contains(projectKey);
        };
    }

    public void addProjects(String... keys) {
        projects.addAll(List.of(keys));
    }

    /** How often a person, a group or a project was looked up: what validating configuration costs the host. */
    public int lookups() {
        return lookups.get();
    }

    public Incident incident(String key, io.postmortem.core.shared.Severity severity, String owningTeam,
                             List<String> impacted, Instant started, Instant resolved) {
        Incident incident = new Incident(key, "INC", "Checkout errors for " + key, severity, owningTeam, impacted,
                List.of(), started, started, started.plusSeconds(600), resolved, "dev-checkout", null);
        incidents.put(key, incident);
        return incident;
    }

    public void resolve(String key, Instant at) {
        Incident i = incidents.get(key);
        incidents.put(key, new Incident(i.key(), i.projectKey(), i.summary(), i.severity(), i.owningTeam(),
                i.impactedTeams(), i.components(), i.createdAt(), i.startedAt(), i.detectedAt(), at, i.reporter(), i.assignee()));
    }

    /** The user may no longer browse the project (as a project's permission scheme would say). */
    public void hideProject(String username, String projectKey) {
        hiddenProjects.add(username + "|" + projectKey);
    }

    /** Stores an incident as given, e.g. one with components. */
    public Incident incident(Incident incident) {
        incidents.put(incident.key(), incident);
        return incident;
    }

    /** The user may not browse this issue (as with an issue security level). */
    public void hide(String issueKey, String username) {
        hidden.add(username + "|" + issueKey);
    }

    /**
     * What the incident's history says happened to it (its changes in the ticket system), oldest first. The list
     * stays the test's: events it adds later are in the history from then on, as in the ticket system.
     */
    public void setHistory(String incidentKey, List<IncidentEvent> events) {
        histories.put(incidentKey, events);
    }

    public void otherIssue(String key) {
        otherIssues.add(key);
    }

    public void setConfiguration(Configuration configuration) {
        this.configuration = configuration;
    }

    /** How often the configuration was saved. */
    public int saves() {
        return saves.get();
    }

    /** The stored configuration no longer reads: every {@link #load} throws this. */
    public void breakConfiguration(RuntimeException failure) {
        this.unreadableConfiguration = failure;
    }

    public List<Mail> mailTo(String username) {
        return outbox.stream().filter(m -> m.to().contains(username)).toList();
    }

    // CurrentUser
    @Override
    public Optional<String> username() {
        return Optional.ofNullable(loggedIn);
    }

    // People
    @Override
    public Optional<Person> person(String username) {
        lookups.incrementAndGet();
        return groupsByUser.containsKey(username) && !withoutProfile.contains(username)
                ? Optional.of(profile(username))
                : Optional.empty();
    }

    @Override
    public Set<String> groupsOf(String username) {
        return groupsByUser.getOrDefault(username, Set.of());
    }

    @Override
    public List<String> membersOf(String group) {
        return groupsByUser.entrySet().stream().filter(e -> e.getValue().contains(group)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    @Override
    public boolean groupExists(String group) {
        lookups.incrementAndGet();
        return groupsWithoutMembers.contains(group) || groupsByUser.values().stream().anyMatch(g -> g.contains(group));
    }

    @Override
    public List<Person> everyone() {
        return groupsByUser.keySet().stream().filter(u -> !withoutProfile.contains(u)).sorted()
                .map(this::profile).toList();
    }

    private Person profile(String username) {
        Person given = profiles.get(username);
        return given != null ? given : new Person(username, username, username + "@example.com", zones.getOrDefault(username, zone));
    }

    // Permissions
    @Override
    public boolean isAdministrator(String username) {
        return administrators.contains(username) || groupsOf(username).contains("jira-administrators");
    }

    /** The rule, unless the project was {@link #hideProject hidden} from the user. */
    @Override
    public boolean canBrowseProject(String username, String projectKey) {
        return !hiddenProjects.contains(username + "|" + projectKey) && browseProject.test(username, projectKey);
    }

    /** The rule, unless the issue was {@link #hide hidden} from the user. */
    @Override
    public boolean canBrowseIssue(String username, String issueKey) {
        return !hidden.contains(username + "|" + issueKey) && browseIssue.test(username, issueKey);
    }

    /** Who may not browse an issue may not edit it, whatever the rule says. */
    @Override
    public boolean canEditIssue(String username, String issueKey) {
        return canBrowseIssue(username, issueKey) && editIssue.test(username, issueKey);
    }

    @Override
    public boolean canCreateIssue(String username, String projectKey) {
        return createIssue.test(username, projectKey);
    }

    /** The demo's rule: every known user but the outsider. */
    private boolean mayBrowseProject(String username, String projectKey) {
        return groupsByUser.containsKey(username) && !"outsider".equals(username);
    }

    /** The demo's rule: issues the host knows, in a project the user browses. */
    private boolean mayBrowseIssue(String username, String issueKey) {
        return exists(issueKey) && canBrowseProject(username, "INC");
    }

    /** The demo's rule: incidents whose teams the user is on, or any when the user oversees the directory. */
    private boolean mayEditIssue(String username, String issueKey) {
        Optional<Incident> incident = find(issueKey);
        if (incident.isEmpty()) {
            return false;
        }
        Actor actor = actor(username);
        Directory directory = configuration.directory();
        return actor.oversees(directory) || incident.get().allTeams().stream()
                .map(directory::team).flatMap(Optional::stream).anyMatch(actor::isMemberOf);
    }

    // IncidentTickets
    @Override
    public Optional<Incident> find(String key) {
        Incident known = incidents.get(key);
        return known != null ? Optional.of(known) : unknownIncidents.apply(key);
    }

    @Override
    public boolean exists(String key) {
        return find(key).isPresent() || otherIssues.contains(key);
    }

    @Override
    public List<IncidentEvent> history(String key) {
        return List.copyOf(histories.getOrDefault(key, List.of()));
    }

    // ConfigurationStore
    @Override
    public Configuration load() {
        if (unreadableConfiguration != null) {
            throw unreadableConfiguration;
        }
        return configuration;
    }

    /** Keeps the configuration and records each change, newest first, as Jira's store would. */
    @Override
    public void save(Configuration configuration, String actor, List<String> changes) {
        saves.incrementAndGet();
        this.configuration = configuration;
        synchronized (audit) {
            changes.forEach(change -> audit.add(0, new AuditEntry(audit.size() + 1, actor, AUDITED_AT, change)));
        }
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return audit.stream().limit(limit).toList();
    }

    // Mailer
    @Override
    public void send(Mail mail) {
        outbox.add(mail);
    }

    // NotificationLedger
    @Override
    public boolean firstTime(String eventKey, String recipient, Instant at) {
        return ledger.add(eventKey + "|" + recipient);
    }

    // ClusterLocks
    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        locksTaken.add(name);
        return locks.withLock(name, work);
    }

    public static <T> List<T> synchronizedList() {
        return Collections.synchronizedList(new ArrayList<>());
    }
}
