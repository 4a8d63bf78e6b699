package io.postmortem.core.incident;

import java.util.List;
import java.util.Optional;

/** Incident tickets in the ticket system, read through the administrator's incident mapping. */
public interface IncidentTickets {

    /** The incident with this key; empty when there is no such issue or it is not an incident. */
    Optional<Incident> find(String key);

    /** Whether an issue with this key exists at all (incident or not). */
    boolean exists(String key);

    /** What happened to the ticket, oldest first: creation, severity, status and assignee changes, resolution. */
    List<IncidentEvent> history(String key);
}
