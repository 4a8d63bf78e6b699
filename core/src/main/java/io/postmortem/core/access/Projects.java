package io.postmortem.core.access;

/** Projects of the ticket system, as far as configuration needs to check them. */
public interface Projects {

    boolean exists(String projectKey);
}
