package io.postmortem.core.config;

import java.util.Map;

/**
 * How the Postmortem issue in Jira follows its document: the workflow transition that brings the issue to each
 * document state, the resolution a published postmortem's issue gets, and who the issue is assigned to.
 *
 * @param draftTransition     name of the transition to the status standing for Draft (e.g. "To Do")
 * @param inReviewTransition  name of the transition to the status standing for In review (e.g. "In Progress")
 * @param publishedTransition name of the transition to the done status standing for Published (e.g. "Done")
 * @param resolution          name of the resolution a published postmortem's issue gets (e.g. "Done")
 * @param mimFacilitator      user the issues of postmortems facilitated by MIM are assigned to; null leaves them
 *                            unassigned
 * @param teamFacilitators    per team slug, the user who facilitates that team's postmortems; a team without one
 *                            has its Platform Lead
 */
public record PostmortemIssuePolicy(String draftTransition, String inReviewTransition, String publishedTransition,
                                    String resolution, String mimFacilitator, Map<String, String> teamFacilitators) {

    public PostmortemIssuePolicy {
        teamFacilitators = teamFacilitators == null ? Map.of() : Map.copyOf(teamFacilitators);
    }

    /** The names of Jira's default (simplified) workflow, whose transitions are named after the statuses. */
    public static PostmortemIssuePolicy defaults() {
        return new PostmortemIssuePolicy("To Do", "In Progress", "Done", "Done", null, Map.of());
    }
}
