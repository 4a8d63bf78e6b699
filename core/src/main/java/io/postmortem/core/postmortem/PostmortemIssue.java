package io.postmortem.core.postmortem;

import java.time.LocalDate;
import java.util.List;

/**
 * What the Postmortem issue in the ticket system should show so that people find the work through the ticket
 * system's own fields (JQL, boards, filters): its status follows the document, assigned to the facilitator, due on
 * the meeting due date, with the incident's priority and the postmortem's tags as labels.
 *
 * @param postmortemKey the Postmortem issue
 * @param incidentKey   the incident whose priority the issue takes
 * @param status        the document's state; the issue is moved to the status standing for it
 * @param transition    name of the workflow transition that reaches that status
 * @param resolution    name of the resolution to set when the transition ends in a done status (Published)
 * @param assignee      the facilitator's user name; null leaves the assignee as it is
 * @param dueDate       the meeting due date
 * @param labels        the postmortem's tags
 * @param description   the published summary; null leaves the description as it is
 */
public record PostmortemIssue(String postmortemKey, String incidentKey, PostmortemStatus status, String transition,
                              String resolution, String assignee, LocalDate dueDate, List<String> labels,
                              String description) {

    public PostmortemIssue {
        labels = List.copyOf(labels);
    }
}
