package io.postmortem.sandbox.rest;

import io.postmortem.core.shared.ValidationException;
import io.postmortem.plugin.rest.Json;
import io.postmortem.plugin.rest.JsonBody;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import io.postmortem.sandbox.tickets.TicketStore;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import java.util.List;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Set;

/** Stands in for people working any issue in Jira: reading it, moving it through its workflow, deleting it. */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssuesResource {
    private final SandboxAccess access;
    private final TicketWorkflow workflow;
    private final TicketStore store;

    public IssuesResource(SandboxAccess access, TicketWorkflow workflow, TicketStore store) {
        this.access = access;
        this.workflow = workflow;
        this.store = store;
    }

    @GET
    @Path("/{key}")
    public Response get(@PathParam("key") String key) {
        Issue issue = access.editable(key);
        List<IssueView.LinkView> links = store.links(issue.key()).stream()
                .map(link -> link.fromKey().equals(issue.key())
                        ? new IssueView.LinkView(link.type(), "outward", link.toKey())
                        : new IssueView.LinkView(link.type(), "inward", link.fromKey()))
                .toList();
        List<IssueView.CommentView> comments = store.comments(issue.key()).stream()
                .map(comment -> new IssueView.CommentView(comment.author(), comment.at(), comment.body())).toList();
        return Response.ok(Json.write(IssueView.of(issue, links, comments))).build();
    }

    @POST
    @Path("/{key}/transition")
    public Response transition(@PathParam("key") String key, String body) {
        access.editable(key);
        JsonBody json = Json.object(body);
        Fields.rejectUnknown(json, Set.of("status"));
        String status = json.requiredText("status");
        if (!SandboxFields.isStatus(status)) {
            throw new ValidationException("status", "Must be one of Open, In Progress, Done.");
        }
        Issue issue = workflow.transition(key, status, access.user());
        return Response.ok(Json.write(IssueView.of(issue))).build();
    }

    @DELETE
    @Path("/{key}")
    public Response delete(@PathParam("key") String key) {
        access.editable(key);
        workflow.delete(key, access.user());
        return Response.noContent().build();
    }
}
