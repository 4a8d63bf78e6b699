package io.postmortem.core.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Something about the milestones that cannot be right, with what to fix. Milestones must follow each other:
 * impact start, detection, mitigation, resolution (docs/metrics.md, "Contradictions"). Entries after the
 * resolution are normal (follow-up work) and are not warned about.
 *
 * @param code stable, for tests and for the UI, e.g. DETECTED_BEFORE_IMPACT_STARTED
 */
public record TimelineWarning(String code, String message, String fix) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Every contradiction among the milestones; times in messages are shown in {@code zone}. */
    public static List<TimelineWarning> check(Milestones milestones, ZoneId zone) {
        List<TimelineWarning> warnings = new ArrayList<>();
        if (milestones.impactStarted() == null) {
            warnings.add(new TimelineWarning("IMPACT_START_UNKNOWN",
                    "The impact start is unknown, so no time to detect, mitigate or resolve can be measured.",
                    "Add an IMPACT_STARTED entry, or set the start time on the incident."));
        }
        List<Milestone> known = milestones.known();
        for (int i = 0; i < known.size(); i++) {
            for (int j = i + 1; j < known.size(); j++) {
                Milestone earlier = known.get(i);
                Milestone later = known.get(j);
                if (later.at().isBefore(earlier.at())) {
                    warnings.add(contradiction(earlier, later, zone));
                }
            }
        }
        return List.copyOf(warnings);
    }

    private static TimelineWarning contradiction(Milestone earlier, Milestone later, ZoneId zone) {
        String message = capitalised(later.label()) + " (" + format(later.at(), zone) + ") is before "
                + earlier.label() + " (" + format(earlier.at(), zone) + ").";
        String fix = "Correct the time of " + describe(later, zone) + " or of " + describe(earlier, zone) + ".";
        return new TimelineWarning(later.kind().name() + "_BEFORE_" + earlier.kind().name(), message, fix);
    }

    private static String describe(Milestone milestone, ZoneId zone) {
        if (milestone.origin() == Milestone.Origin.ENTRY) {
            return "the " + milestone.kind().name() + " entry of team " + milestone.team() + " at "
                    + format(milestone.at(), zone);
        }
        return "the incident's " + milestone.label() + " time";
    }

    private static String format(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone)) + " " + zone.getId();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
