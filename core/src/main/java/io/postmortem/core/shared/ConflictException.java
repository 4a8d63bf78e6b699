package io.postmortem.core.shared;

import java.util.List;

/** The request is well formed but the current state refuses it, e.g. publishing with sections missing (REST: 409). */
public class ConflictException extends RuntimeException {
    private final List<String> reasons;

    public ConflictException(String message, List<String> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
