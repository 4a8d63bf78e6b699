package io.postmortem.core.learning;

import java.time.Instant;
import java.time.YearMonth;

/** A published postmortem put forward as postmortem of the month, with its votes so far. */
public record Nomination(long id, String postmortemKey, YearMonth month, String nominator, String reason,
                         Instant nominatedAt, int votes) {
}
