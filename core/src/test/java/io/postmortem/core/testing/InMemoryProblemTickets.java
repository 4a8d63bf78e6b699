package io.postmortem.core.testing;

import io.postmortem.core.access.Permissions;
import io.postmortem.core.action.ProblemTicketRequest;
import io.postmortem.core.action.ProblemTickets;
import io.postmortem.core.action.TicketState;
import io.postmortem.core.shared.HostRefusedException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Problem tickets in memory: creation checks the acting user's create permission and the host's own validation
 * (a refusal can be set up), and makes ticket and links together. Tests move tickets through the workflow.
 */
public final class InMemoryProblemTickets implements ProblemTickets {
    private final Permissions permissions;
    private final Map<String, TicketState> tickets = new ConcurrentHashMap<>();
    public final Map<String, ProblemTicketRequest> requests = new ConcurrentHashMap<>();
    /** Links "is action of", as (problem key, linked key) pairs. */
    public final List<List<String>> links = new CopyOnWriteArrayList<>();
    public final List<String> created = new CopyOnWriteArrayList<>();
    public final List<String> deleted = new CopyOnWriteArrayList<>();
    private final Set<String> deniedCreators = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger(100);
    private volatile HostRefusedException refusal;
    private volatile java.util.function.Consumer<String> beforeEachCall = call -> { };

    public InMemoryProblemTickets(Permissions permissions) {
        this.permissions = permissions;
    }

    /** Sees every call the product makes to the ticket system, before it runs (e.g. to check which locks are held). */
    public void beforeEachCall(java.util.function.Consumer<String> observer) {
        beforeEachCall = observer;
    }

    public void denyCreate(String username) {
        deniedCreators.add(username);
    }

    /** The host's validation refuses every creation with this message (e.g. a required field a screen demands). */
    public void refuseWith(String message) {
        refuseWith(new HostRefusedException(message, false, "summary"));
    }

    /** The host refuses every creation so, e.g. a permission it checks itself or a field its screen demands. */
    public void refuseWith(HostRefusedException refusal) {
        this.refusal = refusal;
    }

    @Override
    public String create(ProblemTicketRequest request, String actingUser) {
        beforeEachCall.accept("create");
        if (deniedCreators.contains(actingUser) || !permissions.canCreateIssue(actingUser, request.projectKey())) {
            throw new HostRefusedException("You do not have permission to create issues in project "
                    + request.projectKey() + ".", true, null);
        }
        if (refusal != null) {
            throw refusal;
        }
        String key = request.projectKey() + "-" + next.getAndIncrement();
        tickets.put(key, new TicketState(key, request.projectKey(), TicketState.Phase.TO_DO, null, null));
        requests.put(key, request);
        links.add(List.of(key, request.postmortemKey()));
        links.add(List.of(key, request.incidentKey()));
        created.add(key);
        return key;
    }

    @Override
    public Optional<String> findByRequest(String requestId) {
        beforeEachCall.accept("findByRequest " + requestId);
        return requests.entrySet().stream()
                .filter(e -> tickets.containsKey(e.getKey()) && requestId.equals(e.getValue().requestId()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Makes the next delete fail as an unreachable ticket system would: the ticket stays. */
    public final java.util.concurrent.atomic.AtomicBoolean failNextDelete = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public Optional<TicketState> status(String key) {
        beforeEachCall.accept("status " + key);
        return Optional.ofNullable(tickets.get(key));
    }

    @Override
    public void delete(String key) {
        beforeEachCall.accept("delete " + key);
        if (failNextDelete.getAndSet(false)) {
            throw new IllegalStateException("ticket system unreachable");
        }
        tickets.remove(key);
        links.removeIf(link -> link.get(0).equals(key));
        deleted.add(key);
    }

    /** A ticket to do that is already in the ticket system, e.g. one a test stores an action for directly. */
    public void existing(String key, String projectKey) {
        tickets.put(key, new TicketState(key, projectKey, TicketState.Phase.TO_DO, null, null));
    }

    /** Tickets that exist now. */
    public Set<String> live() {
        return Set.copyOf(tickets.keySet());
    }

    public void transition(String key, TicketState.Phase phase, String resolution) {
        TicketState t = tickets.get(key);
        tickets.put(key, new TicketState(key, t.projectKey(), phase, resolution, t.assignee()));
    }

    public void assign(String key, String assignee) {
        TicketState t = tickets.get(key);
        tickets.put(key, new TicketState(key, t.projectKey(), t.phase(), t.resolution(), assignee));
    }

    public String move(String key, String project) {
        TicketState t = tickets.remove(key);
        String newKey = project + "-" + next.getAndIncrement();
        tickets.put(newKey, new TicketState(newKey, project, t.phase(), t.resolution(), t.assignee()));
        return newKey;
    }

    public void remove(String key) {
        tickets.remove(key);
    }
}
