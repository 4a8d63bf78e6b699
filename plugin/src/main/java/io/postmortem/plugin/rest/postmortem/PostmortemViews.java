package io.postmortem.plugin.rest.postmortem;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemAccess;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.quality.QualityReview;
import io.postmortem.core.reads.ReadReceipts;

import java.time.Clock;
import java.util.List;

/** Builds {@link PostmortemView}s for a viewer; shared by the REST API and the issue panels. */
public final class PostmortemViews {
    private final PostmortemService postmortems;
    private final ConfigurationStore configurationStore;
    private final QualityReview quality;
    private final ReadReceipts reads;
    private final Clock clock;

    public PostmortemViews(PostmortemService postmortems, ConfigurationStore configurationStore, QualityReview quality,
                           ReadReceipts reads, Clock clock) {
        this.postmortems = postmortems;
        this.configurationStore = configurationStore;
        this.quality = quality;
        this.reads = reads;
        this.clock = clock;
    }

    public PostmortemView of(Postmortem postmortem, Actor viewer) {
        Configuration configuration = configurationStore.load();
        PostmortemAccess access = new PostmortemAccess(configuration.directory());
        List<String> teams = postmortems.impactedTeams(postmortem);
        boolean steers = access.steers(viewer, postmortem);
        boolean member = access.isMemberOfAny(viewer, teams);
        PostmortemStatus status = postmortem.status();
        ReadReceipts.Standing standing = reads.standing(postmortem, viewer);
        PostmortemView.Abilities can = new PostmortemView.Abilities(
                access.canEdit(viewer, postmortem, teams),
                status == PostmortemStatus.DRAFT && access.canTransition(viewer, postmortem, PostmortemStatus.IN_REVIEW, teams),
                status == PostmortemStatus.IN_REVIEW && steers,
                status == PostmortemStatus.IN_REVIEW && steers,
                status != PostmortemStatus.PUBLISHED && (steers || member),
                standing.canMark(), standing.read());
        return PostmortemView.of(postmortem, configuration.policies().calendar().dayOf(clock.instant()),
                postmortems.incidentKeys(postmortem), teams, can, quality.assess(postmortem));
    }
}
