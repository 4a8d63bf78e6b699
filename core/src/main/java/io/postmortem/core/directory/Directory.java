package io.postmortem.core.directory;

import java.util.List;
import java.util.Optional;

/** The organisation as the product sees it: platforms, their teams, and the MIM and SRE groups. */
public record Directory(List<Platform> platforms, List<Team> teams, String mimGroup, String sreGroup) {

    public Directory {
        platforms = List.copyOf(platforms);
        teams = List.copyOf(teams);
    }

    public static Directory empty() {
        return new Directory(List.of(), List.of(), "major-incident-management", "site-reliability-engineering");
    }

    public Optional<Platform> platform(String slug) {
        return platforms.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    public Optional<Team> team(String slug) {
        return teams.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public List<Team> teamsOf(String platformSlug) {
        return teams.stream().filter(t -> t.platform().equals(platformSlug)).toList();
    }

    public Optional<Team> teamByProject(String projectKey) {
        return teams.stream().filter(t -> t.projectKey().equals(projectKey)).findFirst();
    }

    public Optional<Team> teamByComponent(String component) {
        return teams.stream().filter(t -> component.equals(t.component())).findFirst();
    }

    public Optional<Platform> platformOfTeam(String teamSlug) {
        return team(teamSlug).flatMap(t -> platform(t.platform()));
    }
}
