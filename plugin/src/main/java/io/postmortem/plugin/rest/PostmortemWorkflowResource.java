package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.postmortem.core.access.Actors;
import io.postmortem.core.postmortemissue.PostmortemWorkflowCheck;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * For the administration's mapping of postmortem states to workflow transitions: whether the mapped transitions exist
 * in the workflow Postmortem issues follow in the postmortem project (administrators only).
 */
@AdminOnly
@WebSudoRequired
@Path("/config/postmortem-issue/check")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemWorkflowResource {
    private final PostmortemWorkflowCheck check;
    private final Actors actors;

    @Inject
    public PostmortemWorkflowResource(PostmortemWorkflowCheck check, Actors actors) {
        this.check = check;
        this.actors = actors;
    }

    @GET
    public Response get() {
        PostmortemWorkflowCheck.Result result = check.check(actors.current());
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("projectKey", result.projectKey());
        body.put("healthy", result.healthy());
        body.put("mapped", result.mapped());
        body.put("missing", result.missing());
        body.put("available", result.available());
        return Response.ok(Json.write(body)).build();
    }
}
