package io.postmortem.core.accountability;

import io.postmortem.core.directory.Team;

import java.util.Map;

public record TeamRow(Team team, Figures figures, Map<String, Double> change) {
}
