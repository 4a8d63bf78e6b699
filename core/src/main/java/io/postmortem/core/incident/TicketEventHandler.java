package io.postmortem.core.incident;

/** A use case that reacts to ticket events (postmortem creation on resolution, action status sync, ...). */
public interface TicketEventHandler {

    void handle(TicketEvent event);
}
