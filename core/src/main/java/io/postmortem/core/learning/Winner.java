package io.postmortem.core.learning;

import java.time.Instant;
import java.time.YearMonth;

/** The postmortem of a month, as confirmed by MIM or SRE. */
public record Winner(YearMonth month, String postmortemKey, String confirmedBy, Instant confirmedAt) {
}
