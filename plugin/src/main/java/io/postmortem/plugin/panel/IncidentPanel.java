package io.postmortem.plugin.panel;

import io.postmortem.plugin.rest.postmortem.PostmortemView;

/**
 * What the postmortem panel on an incident shows: the postmortem's key, state, due date, facilitator and meeting,
 * or a create button. Templates only render this; every decision is made here.
 *
 * @param required the incident's severity requires a postmortem by policy
 * @param blamelessFindings passages the blameless review still flags (not fixed, not acknowledged)
 */
public record IncidentPanel(
        String incidentKey,
        String severity,
        boolean resolved,
        boolean required,
        PostmortemView postmortem,
        boolean canCreate,
        String facilitatorLabel,
        String dueDateLabel,
        String meetingLabel,
        int blamelessFindings) {

    public boolean hasPostmortem() {
        return postmortem != null;
    }

    public boolean overdue() {
        return postmortem != null && postmortem.overdue();
    }

    public String statusKey() {
        return postmortem == null ? "" : "postmortem.status." + postmortem.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
