package io.postmortem.testkit.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Answers with the thread-bound user, the way a resource would ask a CurrentUser. */
@Path("whoami")
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {

    @GET
    public Response whoAmI() {
        return RequestUser.current()
                .map(name -> Response.ok("{\"user\":\"" + name + "\"}").build())
                .orElseGet(() -> Response.status(401).entity("{\"user\":null}").build());
    }

    @POST
    @Path("echo")
    public Response echo(String body) {
        return Response.status(201).entity(body).build();
    }
}
