package io.postmortem.core.testing;

import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.postmortem.SectionRevision;
import io.postmortem.core.shared.ConflictException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Postmortems and their tickets kept in memory, with the store's uniqueness and version rules. */
public final class InMemoryPostmortems implements PostmortemRepository, PostmortemTickets {
    private final Map<String, Postmortem> byIncident = new ConcurrentHashMap<>();
    private final List<SectionRevision> revisions = new CopyOnWriteArrayList<>();
    public final List<String> ticketsCreated = new CopyOnWriteArrayList<>();
    public final List<String> ticketsDeleted = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextTicket = new AtomicInteger(1);

    @Override
    public Optional<Postmortem> findByIncident(String incidentKey) {
        return Optional.ofNullable(byIncident.get(incidentKey));
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
