package io.postmortem.core.action;

/**
 * What the ticket system says about a Problem ticket now.
 *
 * @param phase the status category of its workflow status (Jira: To Do, In Progress, Done)
 * @param resolution the resolution name, null while unresolved
 */
public record TicketState(String key, String projectKey, Phase phase, String resolution, String assignee) {

    public enum Phase {
        TO_DO, IN_PROGRESS, DONE
    }
}
