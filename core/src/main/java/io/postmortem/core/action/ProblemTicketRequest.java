package io.postmortem.core.action;

import io.postmortem.core.shared.Priority;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the ticket system needs to create an action's Problem ticket. The description already ends with a
 * footer naming the postmortem, incident, team and platform, and the labels repeat them, so they are visible on the
 * ticket whatever fields a Jira instance has.
 *
 * @param component the owning team's component in its project, if it has one
 * @param labels e.g. postmortem-action, team-checkout, platform-payments
 * @param requestId the submit's request id, kept with the ticket so a retry finds it ({@link ProblemTickets#findByRequest})
 */
public record ProblemTicketRequest(
        String projectKey,
        String component,
        String summary,
        String description,
        ActionType type,
        Priority priority,
        LocalDate dueDate,
        String team,
        String platform,
        String postmortemKey,
        String incidentKey,
        List<String> labels,
        String requestId) {

    public ProblemTicketRequest {
        labels = List.copyOf(labels);
    }
}
