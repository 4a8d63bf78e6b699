package io.postmortem.core.accountability;

import io.postmortem.core.directory.Platform;

import java.util.Map;
import java.util.Set;

/** A platform in the cross-platform league; {@code worst} names the figures where it is the worst platform. */
public record LeagueRow(Platform platform, Figures figures, Map<String, Double> change, Set<String> worst) {

    public LeagueRow {
        worst = Set.copyOf(worst);
    }
}
