package io.postmortem.core.postmortem;

import io.postmortem.core.incident.Incident;

/** Postmortem issues in the ticket system: created in the postmortem project and linked "reviews" the incident. */
public interface PostmortemTickets {

    /**
     * Creates the Postmortem issue for the incident and links it; returns its key. Refusals by the ticket system are
     * {@link io.postmortem.core.shared.HostRefusedException}s, and nothing is left half made.
     */
    String create(Incident incident, String projectKey, String summary, String actingUser);

    /** Removes an issue created by {@link #create} when storing its postmortem failed. */
    void delete(String postmortemKey);
}
