package io.postmortem.plugin.rest.postmortem;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemAccess;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;

import java.time.Clock;
import java.util.List;

/** Builds {@link PostmortemView}s for a viewer; shared by the REST API and the issue panels. */
public final class PostmortemViews {
    private final PostmortemService postmortems;
    private final ConfigurationStore configurationStore;
    private final Clock clock;

    public PostmortemViews(PostmortemService postmortems, ConfigurationStore configurationStore, Clock clock) {
        this.postmortems = postmortems;
        this.configurationStore = configurationStore;
        this.clock = clock;
    }

    public PostmortemView of(Postmortem postmortem, Actor viewer) {
        Configuration configuration = configurationStore.load();
        PostmortemAccess access = new PostmortemAccess(configuration.directory());
        List<String> teams = postmortems.impactedTeams(postmortem);
        boolean steers = access.steers(viewer, postmortem);
        boolean member = access.isMemberOfAny(viewer, teams);
        PostmortemStatus status = postmortem.status();
        PostmortemView.Abilities can = new PostmortemView.Abilities(
                access.canEdit(viewer, postmortem, teams),
                status == PostmortemStatus.DRAFT && access.canTransition(viewer, postmortem, PostmortemStatus.IN_REVIEW, teams),
                status == PostmortemStatus.IN_REVIEW && steers,
                status == PostmortemStatus.IN_REVIEW && steers,
                status != PostmortemStatus.PUBLISHED && (steers || member));
        return PostmortemView.of(postmortem, configuration.policies().calendar().dayOf(clock.instant()),
                postmortems.incidentKeys(postmortem), teams, can);
    }
}
