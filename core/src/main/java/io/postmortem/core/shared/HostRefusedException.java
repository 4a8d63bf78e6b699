package io.postmortem.core.shared;

/**
 * The ticket system refused an operation for its own reasons (its validation, a workflow rule). The message is
 * the host's own, so people see why. {@code forbidden} says the refusal was about permissions.
 */
public class HostRefusedException extends RuntimeException {
    private final boolean forbidden;
    private final String field;

    public HostRefusedException(String message, boolean forbidden, String field) {
        super(message);
        this.forbidden = forbidden;
        this.field = field;
    }

    public boolean forbidden() {
        return forbidden;
    }

    /** The request field the refusal is about, or "ticket" when the host did not say. */
    public String field() {
        return field == null ? "ticket" : field;
    }
}
