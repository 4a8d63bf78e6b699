package io.postmortem.core.shared;

/** The thing asked for does not exist, or the caller may not know it exists (REST: 404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
