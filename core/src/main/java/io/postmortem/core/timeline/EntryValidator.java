package io.postmortem.core.timeline;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.shared.ValidationException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a submitted entry and turns it into {@link EntryContent}. Every problem is reported at once, each under
 * the field it is about ({@code at}, {@code team}, {@code kind}, {@code text}, {@code evidence}).
 */
public final class EntryValidator {

    public static final int MAX_TEXT = 2_000;
    public static final int MAX_EVIDENCE = 2_000;
    /** Clocks differ a little; an entry far in the future is a typing mistake (wrong day or zone). */
    public static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    private EntryValidator() {
    }

    /**
     * @param zone the author's time zone, for times typed without an offset
     * @param directory the organisation, to recognise team slugs
     */
    public static EntryContent validate(EntryDraft draft, ZoneId zone, Instant now, Directory directory) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant at = parseTime(draft.at(), zone, now, errors);
        String team = draft.team() == null ? "" : draft.team().trim();
        if (team.isEmpty()) {
            errors.put("team", "Required.");
        } else if (directory.team(team).isEmpty()) {
            errors.put("team", "Unknown team \"" + team + "\".");
        }
        EntryKind kind = null;
        if (draft.kind() == null || draft.kind().isBlank()) {
            errors.put("kind", "Required.");
        } else {
            kind = EntryKind.parse(draft.kind()).orElse(null);
            if (kind == null) {
                errors.put("kind", "Unknown kind \"" + draft.kind().trim() + "\"; use one of "
                        + String.join(", ", java.util.Arrays.stream(EntryKind.values()).map(Enum::name).toList())
                        + ".");
            }
        }
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty()) {
            errors.put("text", "Required.");
        } else if (text.length() > MAX_TEXT) {
            errors.put("text", "At most 2,000 characters (this has " + text.length() + ").");
        }
        String evidence = draft.evidence() == null || draft.evidence().isBlank() ? null : draft.evidence().strip();
        if (evidence != null) {
            String problem = evidenceProblem(evidence);
            if (problem != null) {
                errors.put("evidence", problem);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new EntryContent(at, team, kind, text, evidence);
    }

    /**
     * Reads an ISO-8601 time: with an offset or Z it is exact; without one (2026-11-20T14:05) it is the local time
     * in {@code zone}. A space may stand for the "T".
     */
    static Instant parseTime(String text, ZoneId zone, Instant now, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put("at", "Required.");
            return null;
        }
        String iso = text.strip().replaceFirst(" ", "T");
        Instant at;
        try {
            at = OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                at = LocalDateTime.parse(iso).atZone(zone).toInstant();
            } catch (DateTimeParseException notATime) {
                errors.put("at", "Not a time: use ISO-8601, e.g. 2026-11-20T14:05 (your time zone, "
                        + zone.getId() + ") or 2026-11-20T14:05+01:00.");
                return null;
            }
        }
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.put("at", "Cannot be more than an hour in the future; check the day and the time zone.");
            return null;
        }
        return at;
    }

    private static String evidenceProblem(String evidence) {
        if (evidence.length() > MAX_EVIDENCE) {
            return "At most 2,000 characters.";
        }
        try {
            URI uri = new URI(evidence);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "Must be an http or https link.";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "Must be a complete link with a host, e.g. https://grafana.example.com/d/abc.";
            }
            return null;
        } catch (URISyntaxException e) {
            return "Not a valid link: " + e.getReason() + ".";
        }
    }
}
