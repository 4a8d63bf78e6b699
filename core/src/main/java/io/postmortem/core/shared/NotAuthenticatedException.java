package io.postmortem.core.shared;

/** Nobody is logged in (REST: 401). */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException() {
        super("Log in to use Postmortem for Jira.");
    }
}
