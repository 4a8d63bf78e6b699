package io.postmortem.core.quality;

import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.blameless.BlamelessPublishCheck;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.timeline.Milestones;
import io.postmortem.core.timeline.Timeline;
import io.postmortem.core.timeline.TimelineRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * Judges a postmortem against the review checklist with everything around it (its actions, the incident's
 * timeline, the blameless findings) and records the score when it changed, so the dashboards read current scores.
 */
public final class QualityReview {
    private final ActionRepository actions;
    private final TimelineRepository timeline;
    private final IncidentTickets incidents;
    private final BlamelessPublishCheck blameless;
    private final ConfigurationStore configurationStore;
    private final QualityScores scores;
    private final Clock clock;

    public QualityReview(ActionRepository actions, TimelineRepository timeline, IncidentTickets incidents,
                         BlamelessPublishCheck blameless, ConfigurationStore configurationStore, QualityScores scores,
                         Clock clock) {
        this.actions = actions;
        this.timeline = timeline;
        this.incidents = incidents;
        this.blameless = blameless;
        this.configurationStore = configurationStore;
        this.scores = scores;
        this.clock = clock;
    }

    /** The checklist of a postmortem the caller already may see (the caller checked access), recorded if changed. */
    public Quality assess(Postmortem postmortem) {
        Configuration configuration = configurationStore.load();
        Instant now = clock.instant();
        Quality quality = checklist(postmortem, configuration, now).evaluate();
        boolean meets = quality.meets(configuration.quality().bar());
        boolean changed = scores.of(postmortem.key())
                .map(r -> r.score() != quality.score() || r.meetsBar() != meets).orElse(true);
        if (changed) {
            scores.record(postmortem.key(), quality.score(), meets, now);
        }
        return quality;
    }

    /** The checklist of content being written and not saved yet, as it would be once saved; nothing is recorded. */
    public Quality preview(Postmortem draft) {
        return checklist(draft, configurationStore.load(), clock.instant()).evaluate();
    }

    QualityChecklist checklist(Postmortem postmortem, Configuration configuration, Instant now) {
        Milestones milestones = incidents.find(postmortem.incidentKey())
                .map(incident -> Milestones.of(Timeline.of(timeline.entriesOf(incident.key())), incident))
                .orElse(new Milestones(null, null, null, null));
        return new QualityChecklist(postmortem, actions.byPostmortem(postmortem.key()), milestones,
                blameless.unresolved(postmortem).size(), configuration.policies().calendar(), configuration.quality(),
                now);
    }
}
