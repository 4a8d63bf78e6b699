package io.postmortem.sandbox.tickets;

import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.incident.TicketEvent.Kind;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What people do to tickets in Jira itself, done to the sandbox's store: each change is committed, then the
 * matching {@link TicketEvent} goes to every handler, the way Jira's issue events reach the plugin.
 */
public final class TicketWorkflow {
    private final TicketStore store;
    private final TicketEventBus events;
    private final Clock clock;

    public TicketWorkflow(TicketStore store, TicketEventBus events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public Issue create(NewIssue spec) {
        Issue issue = store.create(spec);
        events.fire(TicketEvent.of(Kind.CREATED, issue.key(), spec.reporter()));
        return issue;
    }

    /** Moves to Open, In Progress or Done; Done resolves, leaving Done reopens. */
    public Issue transition(String key, String status, String actor) {
        return transition(key, status, SandboxFields.DONE, actor);
    }

    /** As {@link #transition(String, String, String)}, resolving Done with {@code resolution}. */
    public Issue transition(String key, String status, String resolution, String actor) {
        if (!SandboxFields.isStatus(status)) {
            throw new io.postmortem.core.shared.ValidationException("status", "Must be one of Open, In Progress, Done.");
        }
        Issue before = store.transition(key, status, resolution, actor, clock.instant());
        Kind kind;
        if (SandboxFields.DONE.equals(status)) {
            kind = Kind.RESOLVED;
        } else if (before.resolution() != null) {
            kind = Kind.REOPENED;
        } else {
            kind = Kind.UPDATED;
        }
        events.fire(TicketEvent.of(kind, key, actor));
        return store.get(key);
    }

    public void update(String key, Map<String, List<String>> fields, String actor) {
        store.setFields(key, fields, actor, clock.instant());
        events.fire(TicketEvent.of(Kind.UPDATED, key, actor));
    }

    public void assign(String key, String assignee, String actor) {
        store.assign(key, assignee, actor, clock.instant());
        events.fire(TicketEvent.of(Kind.ASSIGNED, key, actor));
    }

    public String move(String key, String targetProject, String actor) {
        String newKey = store.move(key, targetProject, actor, clock.instant());
        events.fire(new TicketEvent(Kind.MOVED, newKey, key, actor));
        return newKey;
    }

    public void delete(String key, String actor) {
        store.delete(key);
        events.fire(TicketEvent.of(Kind.DELETED, key, actor));
    }
}
