package io.postmortem.core.testing;

import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.PostmortemIssue;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.PostmortemTickets;

import java.util.Optional;
import java.util.Set;

/**
 * A host whose Postmortem issues have a workflow with these transitions and nothing else to offer: for checks that
 * only read the workflow (the health page, the administration's check). Any other call fails the test.
 */
public final class WorkflowTransitions implements PostmortemTickets {
    /** Jira's simplified workflow: the transitions the default mapping names. */
    public static final Set<String> SIMPLIFIED = Set.of("To Do", "In Progress", "Done");

    public Set<String> transitions;

    public WorkflowTransitions(Set<String> transitions) {
        this.transitions = transitions;
    }

    @Override
    public Set<String> transitionNames(String projectKey) {
        return transitions;
    }

    @Override
    public String create(Incident incident, String projectKey, String summary, String actingUser) {
        throw new AssertionError("no postmortem issue is created here");
    }

    @Override
    public void delete(String postmortemKey) {
        throw new AssertionError("no postmortem issue is deleted here");
    }

    @Override
    public void follow(PostmortemIssue issue) {
        throw new AssertionError("no postmortem issue follows its document here");
    }

    @Override
    public Optional<PostmortemStatus> shownStatus(String postmortemKey) {
        throw new AssertionError("no postmortem issue is read here");
    }

    @Override
    public void comment(String postmortemKey, String text) {
        throw new AssertionError("no comment is written here");
    }

    @Override
    public void addReviewedIncident(String postmortemKey, String incidentKey, String actingUser) {
        throw new AssertionError("no incident is linked here");
    }

    @Override
    public void removeReviewedIncident(String postmortemKey, String incidentKey) {
        throw new AssertionError("no incident is unlinked here");
    }
}
