package io.postmortem.sandbox.tickets;

import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.incident.TicketEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands every ticket event to every registered handler, after the change is committed, as Jira's event
 * publisher does. A failing handler is logged and does not stop the others or undo the change.
 */
public final class TicketEventBus {
    private static final Logger log = LoggerFactory.getLogger(TicketEventBus.class);

    private final List<TicketEventHandler> handlers = new CopyOnWriteArrayList<>();

    public void register(TicketEventHandler handler) {
        handlers.add(handler);
    }

    public void fire(TicketEvent event) {
        for (TicketEventHandler handler : handlers) {
            try {
                handler.handle(event);
            } catch (RuntimeException e) {
                log.error("{} failed on {} of {}", handler.getClass().getSimpleName(), event.kind(), event.issueKey(), e);
            }
        }
    }
}
