package io.postmortem.core.timeline;

import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemStatus;

import java.util.Optional;

/**
 * The timeline's view of the postmortem lifecycle (in the timeline's package: the timeline reads postmortems, the
 * postmortem lifecycle knows nothing of the timeline): the incident's postmortem names the facilitator, and the
 * timeline stays open while there is no postmortem yet or it is still a draft (review and publication freeze it;
 * sending a postmortem back to draft opens it again).
 */
public final class PostmortemTimelineParticipation implements TimelineParticipation {

    private final PostmortemRepository postmortems;

    public PostmortemTimelineParticipation(PostmortemRepository postmortems) {
        this.postmortems = postmortems;
    }

    @Override
    public Optional<Facilitator> facilitatorOf(String incidentKey) {
        return postmortems.findByIncident(incidentKey).map(Postmortem::facilitator);
    }

    @Override
    public boolean editable(String incidentKey) {
        return postmortems.findByIncident(incidentKey)
                .map(postmortem -> postmortem.status() == PostmortemStatus.DRAFT)
                .orElse(true);
    }
}
