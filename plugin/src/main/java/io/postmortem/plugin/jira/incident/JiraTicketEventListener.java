package io.postmortem.plugin.jira.incident;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.incident.TicketEventHandler;
import io.postmortem.plugin.health.HostCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Translates Jira's issue events into the core's {@link TicketEvent}s and hands each to every
 * {@link TicketEventHandler}. Registered with Jira's event publisher while the plugin is enabled
 * ({@link #register()} / {@link #unregister()} are the Spring init and destroy methods in jira-adapters.xml).
 * A failing handler is logged and does not stop the others, nor Jira's own operation.
 * <p>
 * Guarded: reading the event type ids ({@value #FEATURE}) and a moved ticket's previous keys
 * ({@value #MOVED_KEYS_FEATURE}) are not confirmed for Jira 10/11 by a public source; a linkage failure turns that
 * feature off (health page) instead of failing Jira's operation.
 * <p>
 * Jira hands every issue event of the instance to this listener, in the request of the person who changed the issue.
 * Only events on issues that can be ours ({@link OurIssues}: an incident's type, a Postmortem or a Problem ticket)
 * and moves (a move can change an issue's type or key) reach the handlers; every other event costs a look at the
 * issue's type and no database statement.
 */
public final class JiraTicketEventListener {
    private static final Logger log = LoggerFactory.getLogger(JiraTicketEventListener.class);

    static final String FEATURE = "ticket-events";
    static final String MOVED_KEYS_FEATURE = "moved-ticket-keys";

    private final EventPublisher eventPublisher;
    private final ChangeHistoryManager changeHistoryManager;
    private final List<TicketEventHandler> handlers;
    private final OurIssues ourIssues;
    private final HostCalls host;

    public JiraTicketEventListener(EventPublisher eventPublisher, ChangeHistoryManager changeHistoryManager,
                                   List<TicketEventHandler> handlers, OurIssues ourIssues, HostCalls host) {
        this.eventPublisher = eventPublisher;
        this.changeHistoryManager = changeHistoryManager;
        this.handlers = List.copyOf(handlers);
        this.ourIssues = ourIssues;
        this.host = host;
    }

    public void register() {
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        host.callOr(FEATURE, () -> translate(event), Optional::<TicketEvent>empty).ifPresent(this::dispatch);
    }

    /**
     * The work on one event, from its parts (Jira's {@code IssueEvent} is a holder of them; the issue-event benchmark
     * measures this, since it cannot build Jira's final event class). The user is asked only for events that may be
     * ours.
     */
    public void onIssueEvent(Issue issue, Long eventTypeId, Supplier<ApplicationUser> user) {
        host.callOr(FEATURE, () -> translate(issue, eventTypeId, user), Optional::<TicketEvent>empty)
                .ifPresent(this::dispatch);
    }

    Optional<TicketEvent> translate(IssueEvent event) {
        return translate(event.getIssue(), event.getEventTypeId(), event::getUser);
    }

    private Optional<TicketEvent> translate(Issue issue, Long eventTypeId, Supplier<ApplicationUser> userOfEvent) {
        TicketEvent.Kind kind = kindOf(eventTypeId);
        if (issue == null || issue.getKey() == null || kind == null) {
            return Optional.empty();
        }
        if (kind != TicketEvent.Kind.MOVED && !ourIssues.mayBeOurs(issue)) {
            return Optional.empty();
        }
        ApplicationUser user = userOfEvent.get();
        String actor = user == null ? null : user.getUsername();
        String previousKey = kind == TicketEvent.Kind.MOVED ? previousKeyOf(issue) : null;
        return Optional.of(new TicketEvent(kind, issue.getKey(), previousKey, actor));
    }

    /** Jira's event type ids are Long objects; compare by value. Other types (comments, work logs) are not ours. */
    static TicketEvent.Kind kindOf(Long typeId) {
        if (typeId == null) {
            return null;
        }
        if (typeId.equals(EventType.ISSUE_CREATED_ID)) {
            return TicketEvent.Kind.CREATED;
        }
        if (typeId.equals(EventType.ISSUE_UPDATED_ID)) {
            return TicketEvent.Kind.UPDATED;
        }
        if (typeId.equals(EventType.ISSUE_ASSIGNED_ID)) {
            return TicketEvent.Kind.ASSIGNED;
        }
        if (typeId.equals(EventType.ISSUE_RESOLVED_ID) || typeId.equals(EventType.ISSUE_CLOSED_ID)) {
            return TicketEvent.Kind.RESOLVED;
        }
        if (typeId.equals(EventType.ISSUE_REOPENED_ID)) {
            return TicketEvent.Kind.REOPENED;
        }
        if (typeId.equals(EventType.ISSUE_MOVED_ID)) {
            return TicketEvent.Kind.MOVED;
        }
        if (typeId.equals(EventType.ISSUE_DELETED_ID)) {
            return TicketEvent.Kind.DELETED;
        }
        if (typeId.equals(EventType.ISSUE_GENERICEVENT_ID)) {
            // Workflow transitions without a dedicated event fire the generic event; the handlers re-read the ticket.
            return TicketEvent.Kind.UPDATED;
        }
        return null;
    }

    /** The key the issue had before this move: Jira lists previous keys most recent first. */
    private String previousKeyOf(Issue issue) {
        if (issue.getId() == null) {
            return null;
        }
        Collection<String> previous = host.callOr(MOVED_KEYS_FEATURE,
                () -> changeHistoryManager.getPreviousIssueKeys(issue.getId()), () -> null);
        if (previous == null) {
            return null;
        }
        return previous.stream().filter(Objects::nonNull).filter(k -> !k.equals(issue.getKey())).findFirst()
                .orElse(null);
    }

    private void dispatch(TicketEvent event) {
        for (TicketEventHandler handler : handlers) {
            try {
                handler.handle(event);
            } catch (RuntimeException e) {
                log.error("Handler {} failed on {} of {}", handler.getClass().getName(), event.kind(), event.issueKey(), e);
            }
        }
    }
}
