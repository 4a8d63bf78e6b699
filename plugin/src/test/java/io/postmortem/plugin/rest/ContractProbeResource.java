package io.postmortem.plugin.rest;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * A resource written the way the plugin's resources are (body as text through {@link Json}, caller from
 * {@link Actors}, core exceptions for refusals), used only to prove the API's error contract end to end.
 */
@Path("probe")
@Produces(MediaType.APPLICATION_JSON)
public class ContractProbeResource {
    static final String SECRET = "connection string jdbc:secret@db";

    /** Read with {@link Json#read}: wrong types and unknown fields are Jackson's to find. */
    public record WidgetRequest(String name, int size) {
    }

    public record WidgetView(String key, String name, int size) {
    }

    private final Actors actors;
    private final Map<String, String> widgets = Map.of("W-1", "first widget");

    @Inject
    public ContractProbeResource(Actors actors) {
        this.actors = actors;
    }

    @POST
    @Path("widgets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        actors.current();
        WidgetRequest request = Json.read(body, WidgetRequest.class);
        if (request.name() == null || request.name().isBlank()) {
            throw new ValidationException("name", "Required.");
        }
        return Response.status(201).entity(Json.write(new WidgetView("W-2", request.name(), request.size()))).build();
    }

    /** Read with {@link Json#object}: each field checked by {@link JsonBody}. */
    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response note(String body) {
        actors.current();
        JsonBody fields = Json.object(body);
        String text = fields.requiredText("text");
        int priority = fields.optionalInt("priority").orElse(0);
        return Response.status(201).entity(Json.write(Map.of("text", text, "priority", priority))).build();
    }

    @GET
    @Path("widgets/{key}")
    public Response widget(@PathParam("key") String key) {
        actors.current();
        String name = widgets.get(key);
        if (name == null) {
            throw new NotFoundException("There is no widget " + key + ".");
        }
        return Response.ok(Json.write(new WidgetView(key, name, 1))).build();
    }

    @DELETE
    @Path("widgets/{key}")
    public Response delete(@PathParam("key") String key) {
        Actor actor = actors.current();
        if (!actor.administrator()) {
            throw new ForbiddenException("Only administrators delete widgets.");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("boom")
    public Response boom() {
        throw new IllegalStateException("database unreachable: " + SECRET);
    }
}
