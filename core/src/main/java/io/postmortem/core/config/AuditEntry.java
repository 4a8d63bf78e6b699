package io.postmortem.core.config;

import java.time.Instant;

/** One recorded configuration change: who, when, and a readable account of what changed. */
public record AuditEntry(long id, String actor, Instant at, String change) {
}
