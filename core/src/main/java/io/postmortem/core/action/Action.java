package io.postmortem.core.action;

import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A committed action of a postmortem, tracked in a Problem ticket ({@code problemKey}) in the owning team's project.
 * The row keeps what dashboards group and filter by (platform, team, project, due date, status, creation and
 * closing time) so they never need to ask the ticket system.
 *
 * @param id assigned by the repository (0 before it is stored)
 * @param requestId the client's id for the submit that raised it; a repeated submit finds this action again
 * @param severity the incident's severity when the action was raised; with the priority it sets the policy due date
 * @param policyDueDate the due date the policy gives; {@code dueDate} differs only when overridden
 * @param dueDateReason why the due date was overridden; null when it follows the policy
 * @param resolution the ticket's resolution name when closed (e.g. "Done", "Won't Do")
 * @param ticketDeleted the Problem ticket was deleted in the ticket system; the action keeps its data as a record
 * @param ideaId the idea this action was promoted from, if any
 */
public record Action(
        long id,
        String requestId,
        String postmortemKey,
        String incidentKey,
        String problemKey,
        String projectKey,
        String summary,
        String description,
        ActionType type,
        String team,
        String platform,
        Priority priority,
        Severity severity,
        LocalDate dueDate,
        LocalDate policyDueDate,
        String dueDateReason,
        ActionStatus status,
        String resolution,
        boolean ticketDeleted,
        String assignee,
        Long ideaId,
        String createdBy,
        Instant createdAt,
        Instant closedAt) {

    public boolean isClosed() {
        return status.isClosed();
    }

    /** Overdue: still open (or in progress) after its due date. */
    public boolean isOverdue(LocalDate today) {
        return !isClosed() && today.isAfter(dueDate);
    }

    public boolean isDueDateOverridden() {
        return dueDateReason != null;
    }

    public ItemRef ref() {
        return ItemRef.action(id);
    }

    public Action withId(long newId) {
        return new Action(newId, requestId, postmortemKey, incidentKey, problemKey, projectKey, summary, description,
                type, team, platform, priority, severity, dueDate, policyDueDate, dueDateReason, status, resolution,
                ticketDeleted, assignee, ideaId, createdBy, createdAt, closedAt);
    }

    /** The ticket's workflow state; closing stamps {@code closedAt}, reopening clears it. */
    public Action withTicketState(ActionStatus newStatus, String newResolution, String newAssignee, Instant at) {
        Instant closed = newStatus.isClosed() ? (status.isClosed() && closedAt != null ? closedAt : at) : null;
        return new Action(id, requestId, postmortemKey, incidentKey, problemKey, projectKey, summary, description,
                type, team, platform, priority, severity, dueDate, policyDueDate, dueDateReason, newStatus,
                newStatus.isClosed() ? newResolution : null, ticketDeleted, newAssignee, ideaId, createdBy, createdAt,
                closed);
    }

    /** The ticket moved: new key and project, and the team (and platform) that project belongs to. */
    public Action movedTo(String newKey, String newProject, String newTeam, String newPlatform) {
        return new Action(id, requestId, postmortemKey, incidentKey, newKey, newProject, summary, description, type,
                newTeam, newPlatform, priority, severity, dueDate, policyDueDate, dueDateReason, status, resolution,
                ticketDeleted, assignee, ideaId, createdBy, createdAt, closedAt);
    }

    public Action withTicketDeleted() {
        return new Action(id, requestId, postmortemKey, incidentKey, problemKey, projectKey, summary, description,
                type, team, platform, priority, severity, dueDate, policyDueDate, dueDateReason, status, resolution,
                true, assignee, ideaId, createdBy, createdAt, closedAt);
    }
}
