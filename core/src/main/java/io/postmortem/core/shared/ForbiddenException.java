package io.postmortem.core.shared;

/** The caller is known but not allowed to do this (REST: 403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
