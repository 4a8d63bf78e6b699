package io.postmortem.plugin.panel;

/**
 * The panel on a Problem ticket: the action it tracks, its postmortem and incident.
 *
 * @param canSeePostmortem whether the viewer may browse the postmortem issue (otherwise only its key is shown)
 * @param canSeeIncident whether the viewer may browse the incident
 * @param statusKey the i18n key of the action's status
 */
public record ProblemPanel(String problemKey, String postmortemKey, String incidentKey, boolean canSeePostmortem,
                           boolean canSeeIncident, String team, String dueDate, String statusKey, boolean overdue) {
}
