package io.postmortem.core.action;

import java.time.Instant;

/**
 * One kept line of an action's history: raised, status changes, moves, reassignments, a deleted ticket. Nothing
 * about an action disappears without a line here.
 *
 * @param actor who did it in the ticket system (may be null when the host did not say)
 */
public record ActionChange(long actionId, Instant at, String actor, What what, String detail) {

    public enum What {
        RAISED, STATUS, ASSIGNEE, MOVED, TICKET_DELETED
    }
}
