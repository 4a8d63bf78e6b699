package io.postmortem.core.accountability;

import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.time.LocalDate;

/** What the dashboards need of a postmortem: a few columns, never its sections. */
public record PostmortemFact(String key, Severity severity, String platform, String team, LocalDate dueDate,
                             Instant createdAt, Instant heldAt, Instant publishedAt) {

    /** The project of the postmortem issue: its key's prefix. */
    public String projectKey() {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }
}
