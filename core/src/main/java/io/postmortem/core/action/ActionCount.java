package io.postmortem.core.action;

/**
 * Counts of actions for one platform or team, as dashboards show them.
 *
 * @param group the platform or team slug
 * @param overdue unclosed actions past their due date (also counted in open or inProgress)
 */
public record ActionCount(String group, long open, long inProgress, long done, long declined, long overdue) {

    public long total() {
        return open + inProgress + done + declined;
    }
}
