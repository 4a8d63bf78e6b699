package io.postmortem.sandbox.tickets;

import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.PostmortemTickets;

import java.time.Clock;
import java.util.Map;

/**
 * Postmortem issues in the sandbox's store: created in the postmortem project and linked "reviews" the incident.
 * Like the Jira adapter, creation does not depend on the resolver's rights in the postmortem project.
 */
public final class SandboxPostmortemTickets implements PostmortemTickets {
    public static final String REVIEWS = "reviews";

    private final TicketWorkflow workflow;
    private final TicketStore store;
    private final Clock clock;

    public SandboxPostmortemTickets(TicketWorkflow workflow, TicketStore store, Clock clock) {
        this.workflow = workflow;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String create(Incident incident, String projectKey, String summary, String actingUser) {
        Issue issue = workflow.create(new NewIssue(projectKey, SandboxFields.POSTMORTEM, summary,
                "Blameless postmortem of " + incident.key() + ".", null, actingUser, null, Map.of(), clock.instant()));
        store.link(issue.key(), incident.key(), REVIEWS);
        return issue.key();
    }

    @Override
    public void delete(String postmortemKey) {
        store.delete(postmortemKey);
    }
}
