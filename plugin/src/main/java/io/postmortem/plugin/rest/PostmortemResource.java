package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.MeetingScheduler;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.plugin.rest.postmortem.PostmortemViews;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The postmortem lifecycle over REST: find or create an incident's postmortem, write it, review and publish it. */
@LicensedOnly
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemResource {
    private final Actors actors;
    private final PostmortemService postmortems;
    private final MeetingScheduler meetings;
    private final PostmortemViews views;

    @Inject
    public PostmortemResource(Actors actors, PostmortemService postmortems, MeetingScheduler meetings, PostmortemViews views) {
        this.actors = actors;
        this.postmortems = postmortems;
        this.meetings = meetings;
        this.views = views;
    }

    @GET
    @Path("incidents/{key}/postmortem")
    public Response forIncident(@PathParam("key") String incidentKey) {
        Actor actor = actors.current();
        Postmortem postmortem = postmortems.forIncident(incidentKey, actor)
                .orElseThrow(() -> new NotFoundException("Incident " + incidentKey + " has no postmortem yet."));
        return ok(postmortem, actor);
    }

    @POST
    @Path("incidents/{key}/postmortem")
    public Response create(@PathParam("key") String incidentKey) {
        Actor actor = actors.current();
        PostmortemService.Creation creation = postmortems.createFor(incidentKey, actor);
        return Response.status(creation.created() ? 201 : 200)
                .entity(Json.write(views.of(creation.postmortem(), actor))).build();
    }

    @GET
    @Path("postmortems/{key}")
    public Response get(@PathParam("key") String key) {
        Actor actor = actors.current();
        return ok(postmortems.get(key, actor), actor);
    }

    @PUT
    @Path("postmortems/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        return ok(postmortems.update(key, contentChange(Json.object(body)), actor), actor);
    }

    @POST
    @Path("postmortems/{key}/transition")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        String to = Json.object(body).requiredText("to");
        PostmortemStatus target = parseStatus(to);
        return ok(postmortems.transition(key, target, actor), actor);
    }

    /** Links a further incident with the same cause; answers the postmortem with every incident it covers. */
    @POST
    @Path("postmortems/{key}/incidents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response linkIncident(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        JsonBody json = Json.object(body);
        rejectUnknown(json, java.util.Set.of("incidentKey"));
        return ok(postmortems.linkIncident(key, json.requiredText("incidentKey"), actor), actor);
    }

    @DELETE
    @Path("postmortems/{key}/incidents/{incidentKey}")
    public Response unlinkIncident(@PathParam("key") String key, @PathParam("incidentKey") String incidentKey) {
        Actor actor = actors.current();
        return ok(postmortems.unlinkIncident(key, incidentKey, actor), actor);
    }

    @PUT
    @Path("postmortems/{key}/meeting")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response meeting(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        JsonBody json = Json.object(body);
        Postmortem scheduled = meetings.schedule(key, json.requiredInstant("start"),
                json.optionalInt("durationMinutes").orElse(60), json.requiredText("location"), actor);
        return ok(scheduled, actor);
    }

    @GET
    @Path("postmortems/{key}/history")
    public Response history(@PathParam("key") String key) {
        Actor actor = actors.current();
        return Response.ok(Json.write(Map.of("revisions", postmortems.revisions(key, actor)))).build();
    }

    private Response ok(Postmortem postmortem, Actor actor) {
        return Response.ok(Json.write(views.of(postmortem, actor))).build();
    }

    /** A misspelt field is a mistake worth hearing about rather than silently ignoring. */
    private static void rejectUnknown(JsonBody body, java.util.Set<String> known) {
        Iterator<String> names = body.raw().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ValidationException(name, "Unknown field.");
            }
        }
    }

    private static PostmortemStatus parseStatus(String to) {
        try {
            return PostmortemStatus.valueOf(to);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("to", "Must be one of DRAFT, IN_REVIEW, PUBLISHED.");
        }
    }

    static ContentChange contentChange(JsonBody json) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        JsonNode sectionsNode = json.raw().get("sections");
        if (sectionsNode != null && !sectionsNode.isNull()) {
            if (!sectionsNode.isObject()) {
                throw new ValidationException("sections", "Must be an object of section name to text.");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = sectionsNode.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                Section section = Section.parse(field.getKey()).orElseThrow(() -> new ValidationException(
                        "sections." + field.getKey(), "Unknown section; known: " + List.of(Section.values()) + "."));
                if (!field.getValue().isTextual()) {
                    throw new ValidationException("sections." + field.getKey(), "Must be a string.");
                }
                sections.put(section, field.getValue().asText());
            }
        }
        Optional<List<RootCause>> rootCauses = Optional.empty();
        JsonNode causesNode = json.raw().get("rootCauses");
        if (causesNode != null && !causesNode.isNull()) {
            if (!causesNode.isArray()) {
                throw new ValidationException("rootCauses", "Must be a list of {description, category}.");
            }
            List<RootCause> causes = new ArrayList<>();
            for (int i = 0; i < causesNode.size(); i++) {
                JsonNode cause = causesNode.get(i);
                if (!cause.isObject() || !cause.path("description").isTextual()) {
                    throw new ValidationException("rootCauses[" + i + "].description", "Required.");
                }
                String category = cause.path("category").isTextual() ? cause.get("category").asText() : "unknown";
                causes.add(new RootCause(cause.get("description").asText(), category));
            }
            rootCauses = Optional.of(causes);
        }
        Long expectedVersion = json.raw().hasNonNull("version") ? json.optionalInt("version").map(Integer::longValue).orElse(null) : null;
        return new ContentChange(sections, rootCauses, json.optionalText("noActionsReason"), expectedVersion);
    }
}
