package io.postmortem.core.timeline;

import java.time.Instant;
import java.util.List;

/**
 * Teams the facilitator added to an incident after the fact; together with the ticket's owning and impacted
 * teams they are the teams whose members may contribute to the timeline.
 */
public interface ImpactedTeams {

    /** Team slugs added to the incident, in the order they were added. */
    List<String> addedTo(String incidentKey);

    /** Records that {@code team} is impacted too; adding a team twice keeps one record. */
    void add(String incidentKey, String team, String by, Instant at);
}
