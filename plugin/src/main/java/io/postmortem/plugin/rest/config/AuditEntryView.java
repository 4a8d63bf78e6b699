package io.postmortem.plugin.rest.config;

import io.postmortem.core.config.AuditEntry;

/** One line of the configuration's history; {@code at} is ISO-8601 in UTC. */
public record AuditEntryView(long id, String actor, String at, String change) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id(), entry.actor(), entry.at().toString(), entry.change());
    }
}
