package io.postmortem.core.timeline;

import io.postmortem.core.postmortem.Facilitator;

import java.util.Optional;

/** What the timeline needs to know of the incident's postmortem; the postmortem lifecycle implements it. */
public interface TimelineParticipation {

    /** Who facilitates the incident's postmortem; empty while there is no postmortem. */
    Optional<Facilitator> facilitatorOf(String incidentKey);

    /** True while there is no postmortem yet or it is still a draft: the timeline can change. */
    boolean editable(String incidentKey);
}
