package io.postmortem.plugin.jira.incident;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.postmortem.plugin.jira.setup.PostmortemSetup;
import io.postmortem.plugin.persistence.config.AoConfigurationStore;

/**
 * Whether a Jira issue can be one of ours at all, from the issue Jira already holds: incidents have an issue type
 * the incident mapping names; postmortems and Problem tickets have the issue types the plugin creates them with.
 * Jira asks the plugin's panel conditions on every issue view and hands it every issue event; for every other issue
 * this answers no without a database statement (the mapping comes from {@link AoConfigurationStore#loadForGate()}),
 * and only a yes leads to the reads that say exactly which incident, postmortem or action it is.
 */
public final class OurIssues {
    private final AoConfigurationStore configuration;

    public OurIssues(AoConfigurationStore configuration) {
        this.configuration = configuration;
    }

    public boolean mayBeIncident(Issue issue) {
        String type = typeName(issue);
        if (type == null) {
            return false;
        }
        for (String incidentType : configuration.loadForGate().incidentMapping().incidentIssueTypes()) {
            if (incidentType.equalsIgnoreCase(type)) {
                return true;
            }
        }
        return false;
    }

    public boolean mayBePostmortem(Issue issue) {
        return PostmortemSetup.POSTMORTEM_ISSUE_TYPE.equalsIgnoreCase(typeName(issue));
    }

    public boolean mayBeProblemTicket(Issue issue) {
        return PostmortemSetup.PROBLEM_ISSUE_TYPE.equalsIgnoreCase(typeName(issue));
    }

    public boolean mayBeOurs(Issue issue) {
        return mayBeProblemTicket(issue) || mayBePostmortem(issue) || mayBeIncident(issue);
    }

    private static String typeName(Issue issue) {
        IssueType type = issue == null ? null : issue.getIssueType();
        return type == null ? null : type.getName();
    }
}
