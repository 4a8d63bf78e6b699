package io.postmortem.plugin.rest.config;

import io.postmortem.core.directory.Directory;

import java.util.List;

/** A platform with its teams, as {@code GET /platforms} shows it to anybody logged in. */
public record PlatformView(String slug, String name, String lead, List<TeamView> teams) {

    /** A team of a platform; {@code project} is the Jira project its Problem tickets go to. */
    public record TeamView(String slug, String name, String project, String component, String group) {
    }

    public static List<PlatformView> of(Directory directory) {
        return directory.platforms().stream()
                .map(p -> new PlatformView(p.slug(), p.name(), p.lead(), directory.teamsOf(p.slug()).stream()
                        .map(t -> new TeamView(t.slug(), t.name(), t.projectKey(), t.component(), t.group()))
                        .toList()))
                .toList();
    }
}
