package io.postmortem.core.timeline;

import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How one event of the incident ticket reads on the timeline. Only a resolution and a raised severity are
 * milestones or escalations by themselves; other changes are notes, and comments marked as timeline material
 * are observations, so importing never invents an impact start or a detection.
 */
final class IncidentImport {

    private IncidentImport() {
    }

    /**
     * @param severityValues the incident mapping's names for severities (priority names or option values)
     * @param team the incident's owning team, to which every imported entry is attributed
     * @param importer who runs the import; the author when the event names nobody
     */
    static TimelineEntry entryOf(IncidentEvent event, String incidentKey, String team, String importer,
                                 Instant fallbackAt, Instant now, Map<String, Severity> severityValues) {
        EntryKind kind = EntryKind.NOTE;
        EntrySource source = EntrySource.INCIDENT_HISTORY;
        String text;
        switch (event.kind()) {
            case CREATED -> text = "Incident ticket created.";
            case SEVERITY_CHANGED -> {
                text = "Severity changed from " + or(event.from(), "none") + " to " + or(event.to(), "none") + ".";
                if (raised(event.from(), event.to(), severityValues)) {
                    kind = EntryKind.ESCALATED;
                }
            }
            case STATUS_CHANGED -> text = "Status changed from " + or(event.from(), "none") + " to "
                    + or(event.to(), "none") + ".";
            case ASSIGNEE_CHANGED -> text = "Assignee changed from " + or(event.from(), "nobody") + " to "
                    + or(event.to(), "nobody") + ".";
            case RESOLVED -> {
                kind = EntryKind.RESOLVED;
                text = blank(event.to()) ? "Incident resolved." : "Incident resolved (" + event.to().strip() + ").";
            }
            case TIMELINE_COMMENT -> {
                kind = EntryKind.OBSERVATION;
                source = EntrySource.INCIDENT_COMMENT;
                text = blank(event.to()) ? "(empty comment)" : event.to().strip();
            }
            default -> text = event.kind().name();
        }
        if (text.length() > EntryValidator.MAX_TEXT) {
            text = text.substring(0, EntryValidator.MAX_TEXT - 1) + "\u2026";
        }
        String author = blank(event.author()) ? importer : event.author();
        Instant at = event.at() == null ? fallbackAt : event.at();
        return new TimelineEntry(0, incidentKey, at, team, author, kind, text, null, source, event.id(), now, false);
    }

    /** Whether the severity became worse (P1 is the worst); unknown names never count as raised. */
    static boolean raised(String from, String to, Map<String, Severity> severityValues) {
        Optional<Severity> before = severity(from, severityValues);
        Optional<Severity> after = severity(to, severityValues);
        return before.isPresent() && after.isPresent() && after.get().ordinal() < before.get().ordinal();
    }

    private static Optional<Severity> severity(String name, Map<String, Severity> severityValues) {
        if (name == null) {
            return Optional.empty();
        }
        Severity mapped = severityValues.get(name.strip());
        return mapped != null ? Optional.of(mapped) : Severity.parse(name);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String or(String text, String fallback) {
        return blank(text) ? fallback : text.strip();
    }
}
