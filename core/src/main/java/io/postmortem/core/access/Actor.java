package io.postmortem.core.access;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Team;

import java.util.List;
import java.util.Set;

/**
 * The person acting, with what the product needs to decide what they may do: their groups (and so their teams,
 * MIM and SRE membership) and whether they administer Jira.
 */
public record Actor(String username, Set<String> groups, boolean administrator) {

    public Actor {
        groups = Set.copyOf(groups);
    }

    public boolean isMim(Directory directory) {
        return groups.contains(directory.mimGroup());
    }

    public boolean isSre(Directory directory) {
        return groups.contains(directory.sreGroup());
    }

    /** MIM and SRE watch every platform. */
    public boolean oversees(Directory directory) {
        return administrator || isMim(directory) || isSre(directory);
    }

    public boolean isMemberOf(Team team) {
        return team.group() != null && groups.contains(team.group());
    }

    public List<Team> teams(Directory directory) {
        return directory.teams().stream().filter(this::isMemberOf).toList();
    }

    public boolean leads(Directory directory, String platformSlug) {
        return directory.platform(platformSlug).map(p -> username.equals(p.lead())).orElse(false);
    }
}
