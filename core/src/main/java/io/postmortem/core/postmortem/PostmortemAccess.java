package io.postmortem.core.postmortem;

import io.postmortem.core.access.Actor;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Team;

import java.util.Collection;
import java.util.List;

/**
 * Who may do what with a postmortem. Impacted teams write the draft; the facilitator, MIM and SRE steer the
 * review; a published postmortem is a record and only administrators may still correct it.
 */
public final class PostmortemAccess {
    private final Directory directory;

    public PostmortemAccess(Directory directory) {
        this.directory = directory;
    }

    public boolean isFacilitator(Actor actor, Facilitator facilitator) {
        if (facilitator == null) {
            return false;
        }
        return facilitator.isMim()
                ? actor.isMim(directory)
                : directory.team(facilitator.name()).map(actor::isMemberOf).orElse(false);
    }

    /** Facilitator, MIM, SRE or an administrator. */
    public boolean steers(Actor actor, Postmortem postmortem) {
        return actor.oversees(directory) || isFacilitator(actor, postmortem.facilitator());
    }

    public boolean isMemberOfAny(Actor actor, Collection<String> teamSlugs) {
        return teamSlugs.stream().map(directory::team).flatMap(java.util.Optional::stream).anyMatch(actor::isMemberOf);
    }

    /** Whether the actor may change the document's content now. */
    public boolean canEdit(Actor actor, Postmortem postmortem, List<String> impactedTeams) {
        return switch (postmortem.status()) {
            case DRAFT -> steers(actor, postmortem) || isMemberOfAny(actor, impactedTeams);
            case IN_REVIEW -> steers(actor, postmortem);
            case PUBLISHED -> actor.administrator();
        };
    }

    public boolean canTransition(Actor actor, Postmortem postmortem, PostmortemStatus target, List<String> impactedTeams) {
        if (postmortem.status() == PostmortemStatus.DRAFT && target == PostmortemStatus.IN_REVIEW) {
            return canEdit(actor, postmortem, impactedTeams);
        }
        return steers(actor, postmortem);
    }

    /** The facilitator's people: MIM's members or the facilitating team's group. */
    public String facilitatorGroup(Facilitator facilitator) {
        if (facilitator.isMim()) {
            return directory.mimGroup();
        }
        return directory.team(facilitator.name()).map(Team::group).orElse(directory.mimGroup());
    }
}
