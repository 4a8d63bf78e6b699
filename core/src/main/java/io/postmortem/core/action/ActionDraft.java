package io.postmortem.core.action;

import io.postmortem.core.shared.Priority;

import java.time.LocalDate;

/**
 * What someone fills in to raise an action. {@code requestId} is chosen by the client once per submit, so resending
 * the same submit finds the action it already raised. {@code dueDate} overrides the policy and then needs
 * {@code dueDateReason}.
 */
public record ActionDraft(
        String summary,
        String description,
        ActionType type,
        String team,
        Priority priority,
        String requestId,
        LocalDate dueDate,
        String dueDateReason) {
}
