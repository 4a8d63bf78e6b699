package io.postmortem.core.testing;

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
import java.util.function.Supplier;

/**
 * A small organisation for domain tests: two platforms, three teams, MIM and SRE, with in-memory implementations of
 * the host ports (no mocks).
 */
public final class TestOrganisation implements People, Permissions, IncidentTickets, ConfigurationStore, Mailer,
        NotificationLedger, ClusterLocks {

    public static final String MIM_GROUP = "mim";
    public static final String SRE_GROUP = "sre";

    private final Map<String, Set<String>> groupsByUser = new ConcurrentHashMap<>();
    private final Map<String, Incident> incidents = new ConcurrentHashMap<>();
    private final Set<String> otherIssues = ConcurrentHashMap.newKeySet();
    private final Set<String> hidden = ConcurrentHashMap.newKeySet();
    private final SingleNodeLocks locks = new SingleNodeLocks();
    private final Set<String> ledger = ConcurrentHashMap.newKeySet();
    private final Set<String> hiddenProjects = ConcurrentHashMap.newKeySet();
    public final List<Mail> outbox = new CopyOnWriteArrayList<>();
    private volatile Configuration configuration;

    public TestOrganisation() {
        Directory directory = new Directory(
                List.of(new Platform("payments", "Payments", "lead-payments"),
                        new Platform("storefront", "Storefront", "lead-storefront")),
                List.of(new Team("checkout", "Checkout", "payments", "CHK", "checkout-service", "team-checkout"),
                        new Team("ledger", "Ledger", "payments", "LED", "ledger-service", "team-ledger"),
                        new Team("search", "Search", "storefront", "SRCH", "search-service", "team-search")),
                MIM_GROUP, SRE_GROUP);
        configuration = Configuration.defaults().withDirectory(directory);
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

    public void user(String username, String... groups) {
        groupsByUser.put(username, Set.of(groups));
    }

    public Actor actor(String username) {
        return new Actor(username, groupsOf(username), isAdministrator(username));
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

    public void otherIssue(String key) {
        otherIssues.add(key);
    }

    public void setConfiguration(Configuration configuration) {
        this.configuration = configuration;
    }

    public List<Mail> mailTo(String username) {
        return outbox.stream().filter(m -> m.to().contains(username)).toList();
    }

    // People
    @Override
    public Optional<Person> person(String username) {
        return groupsByUser.containsKey(username)
                ? Optional.of(new Person(username, username, username + "@example.com", ZoneId.of("Europe/London")))
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
        return groupsByUser.values().stream().anyMatch(g -> g.contains(group));
    }

    @Override
    public List<Person> everyone() {
        return groupsByUser.keySet().stream().sorted().map(u -> person(u).orElseThrow()).toList();
    }

    // Permissions: everyone but the outsider browses; editors are the incident's teams, MIM, SRE and admins.
    @Override
    public boolean isAdministrator(String username) {
        return groupsOf(username).contains("jira-administrators");
    }

    @Override
    public boolean canBrowseProject(String username, String projectKey) {
        return groupsByUser.containsKey(username) && !"outsider".equals(username)
                && !hiddenProjects.contains(username + "|" + projectKey);
    }

    @Override
    public boolean canBrowseIssue(String username, String issueKey) {
        return (incidents.containsKey(issueKey) || otherIssues.contains(issueKey)) && canBrowseProject(username, "INC")
                && !hidden.contains(username + "|" + issueKey);
    }

    @Override
    public boolean canEditIssue(String username, String issueKey) {
        Incident incident = incidents.get(issueKey);
        if (incident == null || !canBrowseIssue(username, issueKey)) {
            return false;
        }
        Actor actor = actor(username);
        Directory directory = configuration.directory();
        return actor.oversees(directory) || incident.allTeams().stream()
                .map(directory::team).flatMap(Optional::stream).anyMatch(actor::isMemberOf);
    }

    @Override
    public boolean canCreateIssue(String username, String projectKey) {
        return canBrowseProject(username, projectKey);
    }

    // IncidentTickets
    @Override
    public Optional<Incident> find(String key) {
        return Optional.ofNullable(incidents.get(key));
    }

    @Override
    public boolean exists(String key) {
        return incidents.containsKey(key) || otherIssues.contains(key);
    }

    @Override
    public List<IncidentEvent> history(String key) {
        return List.of();
    }

    // ConfigurationStore
    @Override
    public Configuration load() {
        return configuration;
    }

    @Override
    public void save(Configuration configuration, String actor, List<String> changes) {
        this.configuration = configuration;
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return List.of();
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
        return locks.withLock(name, work);
    }

    public static <T> List<T> synchronizedList() {
        return Collections.synchronizedList(new ArrayList<>());
    }
}
