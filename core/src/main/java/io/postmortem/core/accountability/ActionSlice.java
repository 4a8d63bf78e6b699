package io.postmortem.core.accountability;

import io.postmortem.core.action.Action;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Which actions a dashboard figure (or its JQL query) counts. Every criterion is optional (null means any). Days are
 * days of the organisation's calendar zone: an action's created and closed days are the days of its creation and
 * closing instants there. Stores turn a slice into one indexed query; {@link #matches} states the meaning they keep.
 *
 * @param projects only actions whose Problem ticket is in one of these projects (the viewer's browsable ones);
 *                 null means every project
 * @param openOn only actions open at the end of that day: created on or before it, not closed on or before it
 * @param dueFrom only actions due on or after this day
 * @param dueBefore only actions due strictly before this day
 * @param closedAfter only actions closed strictly after this day (so closed)
 * @param closedUntil only actions closed on or before this day (so closed)
 * @param closedByDueDate only actions closed on or before their due date
 */
public record ActionSlice(Set<String> projects, String platform, String team, String postmortemKey,
                          LocalDate openOn, LocalDate dueFrom, LocalDate dueBefore,
                          LocalDate closedAfter, LocalDate closedUntil, boolean closedByDueDate) {

    public ActionSlice {
        projects = projects == null ? null : Set.copyOf(projects);
    }

    public static ActionSlice in(Set<String> projects) {
        return new ActionSlice(projects, null, null, null, null, null, null, null, null, false);
    }

    public ActionSlice platform(String slug) {
        return new ActionSlice(projects, slug, team, postmortemKey, openOn, dueFrom, dueBefore, closedAfter, closedUntil, closedByDueDate);
    }

    public ActionSlice team(String slug) {
        return new ActionSlice(projects, platform, slug, postmortemKey, openOn, dueFrom, dueBefore, closedAfter, closedUntil, closedByDueDate);
    }

    public ActionSlice postmortem(String key) {
        return new ActionSlice(projects, platform, team, key, openOn, dueFrom, dueBefore, closedAfter, closedUntil, closedByDueDate);
    }

    public ActionSlice openOn(LocalDate day) {
        return new ActionSlice(projects, platform, team, postmortemKey, day, dueFrom, dueBefore, closedAfter, closedUntil, closedByDueDate);
    }

    public ActionSlice due(LocalDate from, LocalDate before) {
        return new ActionSlice(projects, platform, team, postmortemKey, openOn, from, before, closedAfter, closedUntil, closedByDueDate);
    }

    public ActionSlice closed(LocalDate after, LocalDate until) {
        return new ActionSlice(projects, platform, team, postmortemKey, openOn, dueFrom, dueBefore, after, until, closedByDueDate);
    }

    public ActionSlice onlyClosedByDueDate() {
        return new ActionSlice(projects, platform, team, postmortemKey, openOn, dueFrom, dueBefore, closedAfter, closedUntil, true);
    }

    public boolean matches(Action action, ZoneId zone) {
        LocalDate created = action.createdAt().atZone(zone).toLocalDate();
        LocalDate closed = action.closedAt() == null ? null : action.closedAt().atZone(zone).toLocalDate();
        return (projects == null || projects.contains(action.projectKey()))
                && (platform == null || platform.equals(action.platform()))
                && (team == null || team.equals(action.team()))
                && (postmortemKey == null || postmortemKey.equals(action.postmortemKey()))
                && (openOn == null || (!created.isAfter(openOn) && (closed == null || closed.isAfter(openOn))))
                && (dueFrom == null || !action.dueDate().isBefore(dueFrom))
                && (dueBefore == null || action.dueDate().isBefore(dueBefore))
                && (closedAfter == null || (closed != null && closed.isAfter(closedAfter)))
                && (closedUntil == null || (closed != null && !closed.isAfter(closedUntil)))
                && (!closedByDueDate || (closed != null && !closed.isAfter(action.dueDate())));
    }
}
