package io.postmortem.core.incident;

/**
 * Something that happened to a ticket in the ticket system. Jira's issue events and the sandbox's own
 * operations are both translated into these, so the product reacts the same way on either host.
 *
 * @param previousKey for MOVED, the key the issue had before it moved to another project
 */
public record TicketEvent(Kind kind, String issueKey, String previousKey, String actor) {

    public enum Kind {
        CREATED, UPDATED, ASSIGNED, RESOLVED, REOPENED, MOVED, DELETED
    }

    public static TicketEvent of(Kind kind, String issueKey, String actor) {
        return new TicketEvent(kind, issueKey, null, actor);
    }
}
