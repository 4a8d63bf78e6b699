package io.postmortem.core.action;

/** An action as people see it: with whether it is overdue today and how many postmortems raised it. */
public record ActionItem(Action action, boolean overdue, int recurrence) {
}
