package io.postmortem.core.accountability;

import io.postmortem.core.directory.Platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** @param oldestOverdue the overdue actions with the earliest due dates */
public record PlatformReport(Platform platform, Figures figures, Map<String, Double> change, List<TeamRow> teams,
                             List<ActionStatistics.ActionLine> oldestOverdue, LocalDate today) {
}
