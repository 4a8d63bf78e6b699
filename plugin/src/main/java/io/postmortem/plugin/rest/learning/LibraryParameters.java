package io.postmortem.plugin.rest.learning;

import io.postmortem.core.config.LearningPolicy;
import io.postmortem.core.learning.LibraryQuery;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns the library's query parameters into a {@link LibraryQuery}, naming the parameter of any bad value. */
public final class LibraryParameters {
    static final int MAX_TEXT = 200;

    private LibraryParameters() {
    }

    public static LibraryQuery query(String q, String platform, String team, String component, String severity,
                                     String category, String tag, String from, String to, String limit,
                                     LearningPolicy learning, ZoneId zone) {
        if (q != null && q.length() > MAX_TEXT) {
            throw new ValidationException("q", "At most " + MAX_TEXT + " characters.");
        }
        Severity parsedSeverity = blank(severity) ? null : Severity.parse(severity)
                .orElseThrow(() -> new ValidationException("severity", "Use one of P1, P2, P3, P4, P5."));
        String parsedCategory = blank(category) ? null : category.trim().toLowerCase(Locale.ROOT);
        if (parsedCategory != null && !learning.knowsCategory(parsedCategory)) {
            throw new ValidationException("category", "Use one of " + String.join(", ", learning.rootCauseCategories()) + ".");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new ValidationException("to", "Must not be before from.");
        }
        int parsedLimit = LibraryQuery.DEFAULT_LIMIT;
        if (!blank(limit)) {
            try {
                parsedLimit = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                parsedLimit = -1;
            }
            if (parsedLimit < 1 || parsedLimit > LibraryQuery.MAX_LIMIT) {
                throw new ValidationException("limit", "Use a whole number from 1 to " + LibraryQuery.MAX_LIMIT + ".");
            }
        }
        return new LibraryQuery(blank(q) ? null : q.trim(), trimmed(platform), trimmed(team), trimmed(component),
                parsedSeverity, parsedCategory, blank(tag) ? null : tag.trim().toLowerCase(Locale.ROOT),
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant(), parsedLimit);
    }

    public static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "Use a month like 2026-11.");
        }
    }

    private static LocalDate date(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "Use a date like 2026-11-24.");
        }
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
