package io.postmortem.core.action;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which actions a list or a dashboard wants. Every criterion is optional (null or empty means any); stores turn
 * it into one query over the per-row fields, and {@link #matches} states the meaning they must keep.
 *
 * @param overdue when set, only actions that are (true) or are not (false) overdue on {@code today}
 * @param today the organisation's business-calendar day overdue is judged on; required when {@code overdue} is set
 */
public record ActionFilter(String platform, String team, Set<ActionStatus> statuses, Boolean overdue, LocalDate today) {

    public ActionFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (overdue != null && today == null) {
            throw new IllegalArgumentException("overdue is judged on a day");
        }
    }

    public static ActionFilter any() {
        return new ActionFilter(null, null, Set.of(), null, null);
    }

    /** Actions not yet DONE or DECLINED. */
    public static ActionFilter unclosed() {
        return new ActionFilter(null, null, Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS), null, null);
    }

    public boolean matches(Action action) {
        return (platform == null || platform.equals(action.platform()))
                && (team == null || team.equals(action.team()))
                && (statuses.isEmpty() || statuses.contains(action.status()))
                && (overdue == null || action.isOverdue(today) == overdue);
    }
}
