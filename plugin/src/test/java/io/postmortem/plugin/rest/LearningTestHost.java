package io.postmortem.plugin.rest;

import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.config.LearningPolicy;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.mail.Mail;
import io.postmortem.core.mail.Mailer;
import io.postmortem.core.mail.NotificationLedger;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.postmortem.SectionRevision;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The host's ports in memory for the learning resource test: users, groups, incidents, postmortems, mail. */
final class LearningTestHost implements People, Permissions, IncidentTickets, ConfigurationStore, Mailer,
        NotificationLedger, ClusterLocks, PostmortemRepository, PostmortemTickets, CurrentUser {
    final Map<String, Set<String>> groups = new HashMap<>();
    final Map<String, Incident> incidents = new LinkedHashMap<>();
    final Map<String, Postmortem> postmortems = new LinkedHashMap<>();
    final Set<String> hidden = new HashSet<>();
    final List<Mail> outbox = new ArrayList<>();
    private final Set<String> ledger = new HashSet<>();
    private int nextTicket = 1;
    String currentUser;
    Configuration configuration = new Configuration(
            new Directory(List.of(new Platform("payments", "Payments", "lena")),
                    List.of(new Team("checkout", "Checkout", "payments", "CHK", null, "team-checkout"),
                            new Team("search", "Search", "payments", "SRCH", null, "team-search")),
                    "mim", "sre"),
            io.postmortem.core.config.IncidentMapping.defaults(), io.postmortem.core.config.Policies.defaults(),
            new LearningPolicy("engineering", LearningPolicy.DEFAULT_CATEGORIES));

    LearningTestHost() {
        groups.put("alice", Set.of("team-checkout", "engineering"));
        groups.put("bob", Set.of("team-search", "engineering"));
        groups.put("mia", Set.of("mim"));
        groups.put("olga", Set.of());
    }

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(currentUser);
    }

    @Override
    public Optional<Person> person(String username) {
        return groups.containsKey(username)
                ? Optional.of(new Person(username, username, username + "@example.com", ZoneId.of("UTC")))
                : Optional.empty();
    }

    @Override
    public Set<String> groupsOf(String username) {
        return groups.getOrDefault(username, Set.of());
    }

    @Override
    public List<String> membersOf(String group) {
        return groups.entrySet().stream().filter(e -> e.getValue().contains(group)).map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public boolean groupExists(String group) {
        return groups.values().stream().anyMatch(g -> g.contains(group));
    }

    @Override
    public List<Person> everyone() {
        return groups.keySet().stream().map(u -> person(u).orElseThrow()).toList();
    }

    @Override
    public boolean isAdministrator(String username) {
        return false;
    }

    @Override
    public boolean canBrowseProject(String username, String projectKey) {
        return !"olga".equals(username);
    }

    @Override
    public boolean canBrowseIssue(String username, String issueKey) {
        return canBrowseProject(username, "INC") && !hidden.contains(username + "|" + issueKey);
    }

    @Override
    public boolean canEditIssue(String username, String issueKey) {
        return canBrowseIssue(username, issueKey);
    }

    @Override
    public boolean canCreateIssue(String username, String projectKey) {
        return true;
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
        return List.of();
    }

    @Override
    public Configuration load() {
        return configuration;
    }

    @Override
    public void save(Configuration newConfiguration, String actor, List<String> changes) {
        configuration = newConfiguration;
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return List.of();
    }

    @Override
    public void send(Mail mail) {
        outbox.add(mail);
    }

    @Override
    public boolean firstTime(String eventKey, String recipient, Instant at) {
        return ledger.add(eventKey + "|" + recipient);
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        return work.get();
    }

    @Override
    public Optional<Postmortem> findByIncident(String incidentKey) {
        return postmortems.values().stream().filter(p -> p.incidentKey().equals(incidentKey)).findFirst();
    }

    @Override
    public Optional<Postmortem> findByKey(String postmortemKey) {
        return Optional.ofNullable(postmortems.get(postmortemKey));
    }

    @Override
    public Postmortem insert(Postmortem postmortem) {
        postmortems.put(postmortem.key(), postmortem);
        return postmortem;
    }

    @Override
    public Postmortem update(Postmortem p, List<SectionRevision> revisions) {
        Postmortem next = p.withVersion(p.version() + 1);
        postmortems.put(next.key(), next);
        return next;
    }

    @Override
    public List<SectionRevision> revisions(String postmortemKey) {
        return List.of();
    }

    @Override
    public List<Postmortem> unpublished() {
        return postmortems.values().stream().filter(p -> !p.isPublished()).toList();
    }

    @Override
    public List<Postmortem> all() {
        return List.copyOf(postmortems.values());
    }

    // Linking incidents and following issues are not what this test host is for: they are tested in the core
    // (PostmortemIncidentLinksTest, PostmortemIssueFollowerTest) and against Jira's managers.
    @Override
    public java.util.List<String> linkedIncidents(String postmortemKey) {
        return java.util.List.of();
    }

    @Override
    public void linkIncident(String postmortemKey, String incidentKey, String linkedBy, java.time.Instant linkedAt) {
        throw new UnsupportedOperationException("linking incidents is not part of this test host");
    }

    @Override
    public boolean unlinkIncident(String postmortemKey, String incidentKey) {
        throw new UnsupportedOperationException("linking incidents is not part of this test host");
    }

    @Override
    public void follow(io.postmortem.core.postmortem.PostmortemIssue issue) {
        throw new UnsupportedOperationException("the issue follower is not wired in this test host");
    }

    @Override
    public java.util.Optional<io.postmortem.core.postmortem.PostmortemStatus> shownStatus(String postmortemKey) {
        throw new UnsupportedOperationException("the issue follower is not wired in this test host");
    }

    @Override
    public void comment(String postmortemKey, String text) {
        throw new UnsupportedOperationException("the issue follower is not wired in this test host");
    }

    @Override
    public void addReviewedIncident(String postmortemKey, String incidentKey, String actingUser) {
        throw new UnsupportedOperationException("linking incidents is not part of this test host");
    }

    @Override
    public void removeReviewedIncident(String postmortemKey, String incidentKey) {
        throw new UnsupportedOperationException("linking incidents is not part of this test host");
    }

    @Override
    public java.util.Set<String> transitionNames(String projectKey) {
        throw new UnsupportedOperationException("the workflow check is not wired in this test host");
    }

    @Override
    public String create(Incident incident, String projectKey, String summary, String actingUser) {
        return "PM-" + nextTicket++;
    }

    @Override
    public void delete(String postmortemKey) {
        postmortems.remove(postmortemKey);
    }
}
