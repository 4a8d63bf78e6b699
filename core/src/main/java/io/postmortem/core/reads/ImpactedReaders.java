package io.postmortem.core.reads;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Team;
import io.postmortem.core.people.People;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engineers of a postmortem's impacted teams: the people its learnings are owed to. */
final class ImpactedReaders {

    private ImpactedReaders() {
    }

    /** Members of each impacted team known to the directory, by team slug, in the teams' order. */
    static Map<Team, List<String>> byTeam(Directory directory, People people, List<String> impactedTeams) {
        Map<Team, List<String>> members = new LinkedHashMap<>();
        for (String slug : impactedTeams) {
            directory.team(slug).ifPresent(team -> members.put(team, people.membersOf(team.group())));
        }
        return members;
    }

    /** Everyone of any impacted team, once each. */
    static Set<String> everyone(Directory directory, People people, List<String> impactedTeams) {
        Set<String> all = new LinkedHashSet<>();
        byTeam(directory, people, impactedTeams).values().forEach(all::addAll);
        return all;
    }
}
