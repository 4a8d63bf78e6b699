package io.postmortem.core.testing;

import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemIssue;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.postmortem.SectionRevision;
import io.postmortem.core.shared.ConflictException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Postmortems and their tickets kept in memory, with the store's uniqueness and version rules: the one host's
 * postmortem side (its Jira side is {@link TestOrganisation}).
 */
public final class InMemoryPostmortems implements PostmortemRepository, PostmortemTickets {
    /** Jira's simplified workflow: the transitions the default mapping names. */
    public static final Set<String> SIMPLIFIED = Set.of("To Do", "In Progress", "Done");

    private final Map<String, Postmortem> byIncident = new ConcurrentHashMap<>();
    private final List<SectionRevision> revisions = new CopyOnWriteArrayList<>();
    public final List<String> ticketsCreated = new CopyOnWriteArrayList<>();
    public final List<String> ticketsDeleted = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextTicket = new AtomicInteger(1);
    /** How often the links of postmortems to further incidents were read (a query each in the database). */
    public final AtomicInteger linkReads = new AtomicInteger();
    /** Linked incident to postmortem key, in link order. */
    private final Map<String, String> linked = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    /** Every {@link #follow} call, in order: what the issue was told to show. */
    public final List<PostmortemIssue> followed = new CopyOnWriteArrayList<>();
    /** The status each issue shows now: what it last followed, or where someone moved it by hand. */
    public final Map<String, PostmortemStatus> shown = new ConcurrentHashMap<>();
    public final List<String> comments = new CopyOnWriteArrayList<>();
    /** "postmortem reviews incident" links the tickets hold, as "PM-1>INC-2". */
    public final List<String> ticketLinks = new CopyOnWriteArrayList<>();
    /** The transitions the postmortem project's workflow has. */
    public volatile Set<String> transitions = SIMPLIFIED;

    /** Postmortem issues whose workflow has these transitions, e.g. for the checks that read the workflow. */
    public static InMemoryPostmortems withTransitions(Set<String> transitions) {
        InMemoryPostmortems postmortems = new InMemoryPostmortems();
        postmortems.transitions = transitions;
        return postmortems;
    }

    @Override
    public Optional<Postmortem> findByIncident(String incidentKey) {
        Postmortem own = byIncident.get(incidentKey);
        if (own != null) {
            return Optional.of(own);
        }
        String key = linked.get(incidentKey);
        return key == null ? Optional.empty() : findByKey(key);
    }

    @Override
    public List<String> linkedIncidents(String postmortemKey) {
        linkReads.incrementAndGet();
        synchronized (linked) {
            return linked.entrySet().stream().filter(e -> e.getValue().equals(postmortemKey)).map(Map.Entry::getKey)
                    .toList();
        }
    }

    @Override
    public void linkIncident(String postmortemKey, String incidentKey, String linkedBy, java.time.Instant linkedAt) {
        synchronized (linked) {
            if (byIncident.containsKey(incidentKey) || linked.containsKey(incidentKey)) {
                throw new DuplicatePostmortemException(incidentKey);
            }
            linked.put(incidentKey, postmortemKey);
        }
    }

    @Override
    public boolean unlinkIncident(String postmortemKey, String incidentKey) {
        return linked.remove(incidentKey, postmortemKey);
    }

    /** Someone moves the issue by hand in the ticket system. */
    public void moveByHand(String postmortemKey, PostmortemStatus status) {
        shown.put(postmortemKey, status);
    }

    @Override
    public void follow(PostmortemIssue issue) {
        followed.add(issue);
        shown.put(issue.postmortemKey(), issue.status());
    }

    @Override
    public Optional<PostmortemStatus> shownStatus(String postmortemKey) {
        return Optional.ofNullable(shown.get(postmortemKey));
    }

    @Override
    public void comment(String postmortemKey, String text) {
        comments.add(postmortemKey + ": " + text);
    }

    @Override
    public void addReviewedIncident(String postmortemKey, String incidentKey, String actingUser) {
        ticketLinks.add(postmortemKey + ">" + incidentKey);
    }

    @Override
    public void removeReviewedIncident(String postmortemKey, String incidentKey) {
        ticketLinks.remove(postmortemKey + ">" + incidentKey);
    }

    @Override
    public Set<String> transitionNames(String projectKey) {
        return transitions;
    }

    @Override
    public Optional<Postmortem> findByKey(String postmortemKey) {
        return byIncident.values().stream().filter(p -> p.key().equals(postmortemKey)).findFirst();
    }

    @Override
    public Postmortem insert(Postmortem postmortem) {
        if (byIncident.putIfAbsent(postmortem.incidentKey(), postmortem) != null) {
            throw new DuplicatePostmortemException(postmortem.incidentKey());
        }
        return postmortem;
    }

    @Override
    public synchronized Postmortem update(Postmortem postmortem, List<SectionRevision> newRevisions) {
        Postmortem stored = byIncident.get(postmortem.incidentKey());
        if (stored.version() != postmortem.version()) {
            throw new ConflictException("stale", List.of("version"));
        }
        Postmortem next = postmortem.withVersion(postmortem.version() + 1);
        byIncident.put(next.incidentKey(), next);
        revisions.addAll(newRevisions);
        return next;
    }

    @Override
    public List<SectionRevision> revisions(String postmortemKey) {
        return revisions.stream().filter(r -> r.postmortemKey().equals(postmortemKey)).toList();
    }

    @Override
    public List<Postmortem> unpublished() {
        return byIncident.values().stream().filter(p -> !p.isPublished()).toList();
    }

    @Override
    public List<Postmortem> all() {
        return new ArrayList<>(byIncident.values());
    }

    @Override
    public String create(Incident incident, String projectKey, String summary, String actingUser) {
        String key = projectKey + "-" + nextTicket.getAndIncrement();
        ticketsCreated.add(key);
        return key;
    }

    @Override
    public void delete(String postmortemKey) {
        ticketsDeleted.add(postmortemKey);
    }
}
