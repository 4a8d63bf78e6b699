package io.postmortem.plugin.rest.action;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionChange;
import io.postmortem.core.action.ActionItem;
import io.postmortem.core.action.ActionsSummary;
import io.postmortem.core.action.IdeaItem;
import io.postmortem.core.action.Suggestion;

import java.time.Instant;
import java.time.LocalDate;

/** The JSON shapes of actions, ideas and suggestions. */
public final class ActionViews {

    private ActionViews() {
    }

    /**
     * @param status OPEN, IN_PROGRESS, DONE or DECLINED, as the Problem ticket last said
     * @param ticketDeleted the Problem ticket was deleted; the action is kept as a record
     * @param recurrence how many postmortems raised this action (through "same as" marks)
     */
    public record ActionView(long id, String problemKey, String postmortemKey, String incidentKey, String summary,
                             String description, String type, String team, String platform, String projectKey,
                             String priority, LocalDate dueDate, LocalDate policyDueDate, String dueDateReason,
                             String status, String resolution, boolean ticketDeleted, boolean overdue, int recurrence,
                             String assignee, Long ideaId, String createdBy, Instant createdAt, Instant closedAt) {
    }

    public record SummaryView(int total, int closed, int overdue, int ticketsDeleted, boolean complete) {
    }

    public record RefView(String kind, long id) {
    }

    public record IdeaView(long id, String postmortemKey, String summary, String description, String createdBy,
                           Instant createdAt, Long promotedTo, RefView sameAs, int recurrence) {
    }

    public record SuggestionView(RefView ref, String postmortemKey, String summary, double score, int recurrence) {
    }

    public record ChangeView(Instant at, String actor, String what, String detail) {
    }

    public static ActionView of(ActionItem item) {
        Action a = item.action();
        return new ActionView(a.id(), a.problemKey(), a.postmortemKey(), a.incidentKey(), a.summary(), a.description(),
                a.type().name(), a.team(), a.platform(), a.projectKey(), a.priority().name(), a.dueDate(),
                a.policyDueDate(), a.dueDateReason(), a.status().name(), a.resolution(), a.ticketDeleted(),
                item.overdue(), item.recurrence(), a.assignee(), a.ideaId(), a.createdBy(), a.createdAt(), a.closedAt());
    }

    public static SummaryView of(ActionsSummary summary) {
        return new SummaryView(summary.total(), summary.closed(), summary.overdue(), summary.ticketsDeleted(),
                summary.complete());
    }

    public static IdeaView of(IdeaItem item) {
        var i = item.idea();
        return new IdeaView(i.id(), i.postmortemKey(), i.summary(), i.description(), i.createdBy(), i.createdAt(),
                i.promotedTo(), i.sameAs() == null ? null : new RefView(i.sameAs().kind().name(), i.sameAs().id()),
                item.recurrence());
    }

    public static SuggestionView of(Suggestion s) {
        return new SuggestionView(new RefView(s.ref().kind().name(), s.ref().id()), s.postmortemKey(), s.summary(),
                s.score(), s.recurrence());
    }

    public static ChangeView of(ActionChange c) {
        return new ChangeView(c.at(), c.actor(), c.what().name(), c.detail());
    }
}
