package io.postmortem.core.incident;

import java.time.Instant;

/**
 * One thing the incident ticket records: a field change or a comment marked as timeline material.
 *
 * @param id stable within the ticket, so importing twice can recognise what it already imported
 */
public record IncidentEvent(String id, Instant at, String author, Kind kind, String from, String to) {

    public enum Kind {
        CREATED, SEVERITY_CHANGED, STATUS_CHANGED, ASSIGNEE_CHANGED, RESOLVED, TIMELINE_COMMENT
    }
}
