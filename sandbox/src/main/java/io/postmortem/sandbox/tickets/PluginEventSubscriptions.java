package io.postmortem.sandbox.tickets;

import io.postmortem.core.incident.TicketEventHandler;

import java.util.List;

/**
 * Subscribes every {@link TicketEventHandler} bean of the plugin's context to the sandbox's ticket events when the
 * context starts, as the plugin's Jira event listener does with Jira's event publisher. A bean of its own (not the
 * bus's constructor) so that handlers may depend on the workflow that fires the events.
 */
public final class PluginEventSubscriptions {
    private final TicketEventBus events;
    private final List<TicketEventHandler> handlers;

    public PluginEventSubscriptions(TicketEventBus events, List<TicketEventHandler> handlers) {
        this.events = events;
        this.handlers = List.copyOf(handlers);
    }

    public void register() {
        handlers.forEach(events::register);
    }
}
