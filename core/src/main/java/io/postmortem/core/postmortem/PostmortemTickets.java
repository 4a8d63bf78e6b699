package io.postmortem.core.postmortem;

import io.postmortem.core.incident.Incident;

import java.util.Optional;
import java.util.Set;

/**
 * Postmortem issues in the ticket system: created in the postmortem project and linked "reviews" each incident the
 * postmortem covers; their own fields follow the document ({@link PostmortemIssue}).
 */
public interface PostmortemTickets {

    /**
     * Creates the Postmortem issue for the incident and links it; returns its key. Refusals by the ticket system are
     * {@link io.postmortem.core.shared.HostRefusedException}s, and nothing is left half made.
     */
    String create(Incident incident, String projectKey, String summary, String actingUser);

    /** Removes an issue created by {@link #create} when storing its postmortem failed. */
    void delete(String postmortemKey);

    /**
     * Brings the issue's status (through the named transition, with the resolution when it ends done), assignee, due
     * date, priority (the incident's), labels and description in line with {@code issue}. Fields already right are
     * left alone. A refusal is a {@link io.postmortem.core.shared.HostRefusedException}.
     */
    void follow(PostmortemIssue issue);

    /**
     * The document state the issue's current status stands for (to do: Draft, in progress: In review, done:
     * Published); empty when the issue no longer exists.
     */
    Optional<PostmortemStatus> shownStatus(String postmortemKey);

    /** Adds a comment to the issue, e.g. why a move made by hand was undone. */
    void comment(String postmortemKey, String text);

    /** Links the issue "reviews" another incident the postmortem now covers. */
    void addReviewedIncident(String postmortemKey, String incidentKey, String actingUser);

    /** Removes the "reviews" link to an incident the postmortem no longer covers; nothing when there is none. */
    void removeReviewedIncident(String postmortemKey, String incidentKey);

    /**
     * The names of the transitions of the workflow Postmortem issues follow in the project; empty when the project
     * or the issue type does not exist there.
     */
    Set<String> transitionNames(String projectKey);
}
