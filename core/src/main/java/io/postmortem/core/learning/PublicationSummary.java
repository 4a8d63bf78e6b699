package io.postmortem.core.learning;

import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The readable summary mailed when a postmortem is published: plain text that reads well in any mail client. */
public final class PublicationSummary {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Long sections are cut in the mail; the full text is one click away. */
    static final int MAX_SECTION = 1_500;

    private PublicationSummary() {
    }

    public static String subject(Postmortem postmortem, Optional<Incident> incident) {
        return "[Postmortem published] " + postmortem.severity() + " " + postmortem.incidentKey() + ": "
                + incident.map(Incident::summary).orElse(postmortem.key());
    }

    public static String body(Postmortem postmortem, Optional<Incident> incident,
                              List<TimelineHighlights.Highlight> highlights,
                              List<ActionSummaries.ActionSummary> actions, ZoneId zone, String link) {
        StringBuilder mail = new StringBuilder();
        mail.append("The postmortem ").append(postmortem.key()).append(" of ").append(postmortem.severity())
                .append(" incident ").append(postmortem.incidentKey());
        incident.ifPresent(i -> mail.append(" (").append(i.summary()).append(")"));
        mail.append(" is published. Read it in full: ").append(link).append("\n");
        section(mail, "Summary", postmortem.section(Section.SUMMARY));
        section(mail, "Impact", postmortem.section(Section.IMPACT));
        mail.append("\nTimeline highlights (").append(zone.getId()).append(")\n");
        if (highlights.isEmpty()) {
            mail.append("- (none recorded)\n");
        }
        highlights.forEach(h -> mail.append("- ").append(TIME.format(h.at().atZone(zone))).append("  ")
                .append(h.text()).append("\n"));
        mail.append("\nRoot causes\n");
        if (postmortem.rootCauses().isEmpty()) {
            mail.append("- (none recorded)\n");
        }
        for (RootCause cause : postmortem.rootCauses()) {
            mail.append("- [").append(cause.category()).append("] ").append(cause.description()).append("\n");
        }
        section(mail, "What went well", postmortem.section(Section.WENT_WELL));
        section(mail, "What went wrong", postmortem.section(Section.WENT_WRONG));
        section(mail, "Where we got lucky", postmortem.section(Section.GOT_LUCKY));
        mail.append("\nActions\n");
        if (actions.isEmpty()) {
            mail.append(postmortem.noActionsReason() == null ? "- (none)\n"
                    : "- None: " + postmortem.noActionsReason() + "\n");
        }
        for (ActionSummaries.ActionSummary action : actions) {
            mail.append("- ").append(action.key()).append(" ").append(action.summary())
                    .append(" (owner: ").append(action.owner() == null ? "unassigned" : action.owner())
                    .append(", due: ").append(action.dueDate() == null ? "not set" : action.dueDate())
                    .append(action.done() ? ", done" : "").append(")\n");
        }
        return mail.toString();
    }

    private static void section(StringBuilder mail, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String shown = text.length() > MAX_SECTION ? text.substring(0, MAX_SECTION) + " [...]" : text;
        mail.append("\n").append(heading).append("\n").append(shown.strip()).append("\n");
    }
}
