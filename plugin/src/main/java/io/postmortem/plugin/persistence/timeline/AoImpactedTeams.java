package io.postmortem.plugin.persistence.timeline;

import io.postmortem.plugin.persistence.UniquePairKey;
import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.timeline.ImpactedTeams;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Teams added to incidents after the fact, in Jira's database; one row per (incident, team). */
public class AoImpactedTeams implements ImpactedTeams {

    private final ActiveObjects ao;

    public AoImpactedTeams(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<String> addedTo(String incidentKey) {
        return Arrays.stream(ao.find(ImpactedTeamEntity.class,
                        Query.select().where("INCIDENT_KEY = ?", incidentKey).order("ID ASC")))
                .map(ImpactedTeamEntity::getTeam)
                .toList();
    }

    @Override
    public void add(String incidentKey, String team, String by, Instant at) {
        String uniqueKey = UniquePairKey.of(incidentKey, team, UniquePairKey.TIMELINE_LENGTH);
        if (recorded(uniqueKey)) {
            return;
        }
        try {
            GuardedAo.inTransaction(ao, () -> ao.create(ImpactedTeamEntity.class,
                    new DBParam("INCIDENT_KEY", incidentKey),
                    new DBParam("TEAM", team),
                    new DBParam("UNIQUE_KEY", uniqueKey),
                    new DBParam("ADDED_BY", by),
                    new DBParam("ADDED_AT", at.toEpochMilli())));
        } catch (RuntimeException refused) {
            // Someone added the same team at the same moment: their row is the one record.
            if (!recorded(uniqueKey)) {
                throw refused;
            }
        }
    }

    private boolean recorded(String uniqueKey) {
        return ao.count(ImpactedTeamEntity.class, Query.select().where("UNIQUE_KEY = ?", uniqueKey)) > 0;
    }
}
