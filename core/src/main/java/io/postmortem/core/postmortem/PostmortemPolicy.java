package io.postmortem.core.postmortem;

import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.FacilitatorRule;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.time.LocalDate;

/** Applies the organisation's policies to an incident: whether it needs a postmortem, when, and who runs it. */
public final class PostmortemPolicy {
    /** Incidents whose severity nobody set are treated as the least severe. */
    public static final Severity UNKNOWN_SEVERITY = Severity.P5;

    private final Configuration configuration;

    public PostmortemPolicy(Configuration configuration) {
        this.configuration = configuration;
    }

    public Severity severityOf(Incident incident) {
        return incident.severityIfKnown().orElse(UNKNOWN_SEVERITY);
    }

    public boolean requiresPostmortem(Incident incident) {
        return incident.severity() != null && configuration.policies().requiresPostmortem(incident.severity());
    }

    /** N business days after resolution (or after {@code now} when not resolved yet), never before the next business day. */
    public LocalDate meetingDueDate(Incident incident, Instant now) {
        Instant from = incident.resolvedAt() != null ? incident.resolvedAt() : now;
        return configuration.policies().calendar()
                .addBusinessDays(from, configuration.policies().meetingDueDays(severityOf(incident)));
    }

    public Facilitator facilitatorOf(Incident incident) {
        FacilitatorRule rule = configuration.policies().facilitatorFor(severityOf(incident));
        if (rule == FacilitatorRule.TEAM && incident.owningTeam() != null
                && configuration.directory().team(incident.owningTeam()).isPresent()) {
            return new Facilitator(Facilitator.Type.TEAM, incident.owningTeam());
        }
        return new Facilitator(Facilitator.Type.MIM, configuration.directory().mimGroup());
    }
}
