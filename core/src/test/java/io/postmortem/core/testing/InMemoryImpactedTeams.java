package io.postmortem.core.testing;

import io.postmortem.core.timeline.ImpactedTeams;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The teams added to incidents' timelines, in memory, in the order they were added; counts calls. */
public final class InMemoryImpactedTeams implements ImpactedTeams {
    public final Map<String, LinkedHashSet<String>> teams = new ConcurrentHashMap<>();
    public int calls;

    @Override
    public List<String> addedTo(String incidentKey) {
        calls++;
        return List.copyOf(teams.getOrDefault(incidentKey, new LinkedHashSet<>()));
    }

    @Override
    public synchronized void add(String incidentKey, String team, String by, Instant at) {
        calls++;
        teams.computeIfAbsent(incidentKey, k -> new LinkedHashSet<>()).add(team);
    }
}
