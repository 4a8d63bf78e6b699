package io.postmortem.core.action;

/**
 * A postmortem's actions at a glance. {@code complete} once it has actions and every one is DONE or DECLINED.
 */
public record ActionsSummary(int total, int closed, int overdue, int ticketsDeleted) {

    public boolean complete() {
        return total > 0 && closed == total;
    }
}
