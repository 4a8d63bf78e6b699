package io.postmortem.core.accountability;

import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How the dashboards judge a postmortem on a given day, in the organisation's calendar zone. */
final class PostmortemRules {

    private PostmortemRules() {
    }

    static boolean isMajor(PostmortemFact fact) {
        return fact.severity() != null && fact.severity().compareTo(Severity.P3) <= 0;
    }

    static boolean existsOn(PostmortemFact fact, LocalDate day, ZoneId zone) {
        return !dayOf(fact.createdAt(), zone).isAfter(day);
    }

    static boolean heldBy(PostmortemFact fact, LocalDate day, ZoneId zone) {
        return fact.heldAt() != null && !dayOf(fact.heldAt(), zone).isAfter(day);
    }

    /** Same rule as Postmortem.isOverdue: not held and the due date has passed. */
    static boolean overdueOn(PostmortemFact fact, LocalDate day, ZoneId zone) {
        return existsOn(fact, day, zone) && !heldBy(fact, day, zone) && day.isAfter(fact.dueDate());
    }

    /** The meeting is either held or late by then: the postmortems the held-on-time share is judged on. */
    static boolean dueOrHeldBy(PostmortemFact fact, LocalDate day, ZoneId zone) {
        return existsOn(fact, day, zone) && (heldBy(fact, day, zone) || day.isAfter(fact.dueDate()));
    }

    /** Held (first in review) on or before its due date, in the organisation's calendar. */
    static boolean heldOnTimeBy(PostmortemFact fact, LocalDate day, ZoneId zone) {
        return heldBy(fact, day, zone) && !dayOf(fact.heldAt(), zone).isAfter(fact.dueDate());
    }

    static boolean publishedBy(PostmortemFact fact, LocalDate day, ZoneId zone) {
        return fact.publishedAt() != null && !dayOf(fact.publishedAt(), zone).isAfter(day);
    }

    private static LocalDate dayOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }
}
