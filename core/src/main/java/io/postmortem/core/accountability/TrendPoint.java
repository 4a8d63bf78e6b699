package io.postmortem.core.accountability;

import java.time.YearMonth;

public record TrendPoint(YearMonth month, long openActions, long closedActions, long overduePostmortems) {
}
