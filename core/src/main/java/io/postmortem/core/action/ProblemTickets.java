package io.postmortem.core.action;

import java.util.Optional;

/**
 * Problem tickets in the ticket system. Installed alongside: the Problem issue type and the link type
 * "has action" / "is action of".
 */
public interface ProblemTickets {

    /**
     * Creates the Problem ticket with the ticket system's own validation and {@code actingUser}'s permissions, and
     * links it "is action of" the postmortem and the incident; returns its key. Ticket and links are made together:
     * when any part fails, nothing is left behind and a {@link io.postmortem.core.shared.HostRefusedException}
     * carries the host's reason (forbidden when it was about permissions).
     */
    String create(ProblemTicketRequest request, String actingUser);

    /**
     * The key of the ticket {@link #create} made for this request id ({@link ProblemTicketRequest#requestId()} is
     * recorded on the ticket), if it still exists; empty when there is none. A retry after a crash between creating
     * the ticket and storing its action finds and adopts the ticket instead of creating a second one.
     */
    Optional<String> findByRequest(String requestId);

    /** The ticket's current state; empty when it no longer exists. */
    Optional<TicketState> status(String key);

    /** Removes a ticket {@link #create} made when storing its action failed. */
    void delete(String key);
}
