package io.postmortem.plugin.rest.timeline;

import java.util.List;

/** POST /incidents/{key}/timeline/teams: the incident's impacted teams afterwards. */
public record TeamsResponse(List<String> impactedTeams) {
}
