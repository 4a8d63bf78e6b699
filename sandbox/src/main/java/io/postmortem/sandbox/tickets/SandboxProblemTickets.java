package io.postmortem.sandbox.tickets;

import io.postmortem.core.access.Permissions;
import io.postmortem.core.action.ProblemTicketRequest;
import io.postmortem.core.action.ProblemTickets;
import io.postmortem.core.action.TicketState;
import io.postmortem.core.shared.HostRefusedException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Problem tickets in the sandbox's store, with the checks Jira would make: the project exists and the acting user
 * may create issues in it. Ticket and links are made together or not at all.
 */
public final class SandboxProblemTickets implements ProblemTickets {
    public static final String IS_ACTION_OF = "is action of";
    /** Where the request id is kept with the ticket, as Jira keeps it in an issue entity property. */
    public static final String REQUEST_PROPERTY = "property:io.postmortem.request";

    private final TicketWorkflow workflow;
    private final TicketStore store;
    private final Permissions permissions;
    private final Clock clock;

    public SandboxProblemTickets(TicketWorkflow workflow, TicketStore store, Permissions permissions, Clock clock) {
        this.workflow = workflow;
        this.store = store;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Override
    public String create(ProblemTicketRequest request, String actingUser) {
        if (store.projectName(request.projectKey()).isEmpty()) {
            throw new HostRefusedException("Project " + request.projectKey() + " does not exist.", false, "team");
        }
        if (!permissions.canCreateIssue(actingUser, request.projectKey())) {
            throw new HostRefusedException("You do not have permission to create issues in project "
                    + request.projectKey() + ".", true, "team");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("labels", request.labels());
        if (request.component() != null) {
            fields.put(SandboxFields.COMPONENTS, List.of(request.component()));
        }
        fields.put("duedate", List.of(request.dueDate().toString()));
        if (request.requestId() != null && !request.requestId().isBlank()) {
            fields.put(REQUEST_PROPERTY, List.of(request.requestId().trim()));
        }
        Issue issue = workflow.create(new NewIssue(request.projectKey(), SandboxFields.PROBLEM, request.summary(),
                request.description(), request.priority().jiraName(), actingUser, null, fields, clock.instant()));
        try {
            store.link(issue.key(), request.postmortemKey(), IS_ACTION_OF);
            store.link(issue.key(), request.incidentKey(), IS_ACTION_OF);
        } catch (RuntimeException linkFailed) {
            store.delete(issue.key());
            throw new HostRefusedException("The Problem ticket could not be linked: " + linkFailed.getMessage(), false, "ticket");
        }
        return issue.key();
    }

    @Override
    public Optional<String> findByRequest(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            return Optional.empty();
        }
        return store.keyWithField(REQUEST_PROPERTY, requestId.trim()).flatMap(store::currentKey);
    }

    @Override
    public Optional<TicketState> status(String key) {
        return store.find(key).map(issue -> new TicketState(issue.key(), issue.projectKey(), phase(issue.status()),
                issue.resolution(), issue.assignee()));
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    private static TicketState.Phase phase(String status) {
        return switch (status) {
            case SandboxFields.DONE -> TicketState.Phase.DONE;
            case SandboxFields.IN_PROGRESS -> TicketState.Phase.IN_PROGRESS;
            default -> TicketState.Phase.TO_DO;
        };
    }
}
