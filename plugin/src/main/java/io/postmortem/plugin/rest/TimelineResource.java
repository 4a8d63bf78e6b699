package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.core.timeline.EntryDraft;
import io.postmortem.core.timeline.Timeline;
import io.postmortem.core.timeline.TimelineEntry;
import io.postmortem.core.timeline.TimelineService;
import io.postmortem.core.timeline.TimelineView;
import io.postmortem.plugin.rest.timeline.EntryView;
import io.postmortem.plugin.rest.timeline.ImportResponse;
import io.postmortem.plugin.rest.timeline.RevisionView;
import io.postmortem.plugin.rest.timeline.TeamsResponse;
import io.postmortem.plugin.rest.timeline.TimelineResponse;
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

import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The incident timeline: one merged view of every team's entries with milestones, metrics and warnings, and the
 * changes people make to it. Times in answers carry the viewer's offset; times sent without an offset are read in
 * the sender's time zone.
 */
@LicensedOnly
@Path("/incidents/{key}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
    private static final Set<String> ENTRY_FIELDS = Set.of("at", "team", "kind", "text", "evidence");
    private static final Set<String> EDIT_FIELDS = Set.of("at", "team", "kind", "text", "evidence", "version");

    private final TimelineService timeline;
    private final Actors actors;

    @Inject
    public TimelineResource(TimelineService timeline, Actors actors) {
        this.timeline = timeline;
        this.actors = actors;
    }

    @GET
    public Response view(@PathParam("key") String key) {
        return Response.ok(Json.write(TimelineResponse.of(timeline.view(actors.current(), key)))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        Timeline.Item item = timeline.add(actor, key, draftOf(body));
        return Response.status(Response.Status.CREATED)
                .entity(Json.write(EntryView.of(item, timeline.zoneOf(actor), true))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("key") String key, @PathParam("id") String id, String body) {
        Actor actor = actors.current();
        JsonBody json = Json.object(body);
        onlyFields(json, EDIT_FIELDS);
        // The version the edit was made on (each entry's "version" in the timeline): a stale one is a 409.
        String version = json.requiredText("version");
        Timeline.Item item = timeline.edit(actor, key, entryId(key, id), draftOf(json), version);
        return Response.ok(Json.write(EntryView.of(item, timeline.zoneOf(actor), true))).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("key") String key, @PathParam("id") String id) {
        timeline.delete(actors.current(), key, entryId(key, id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    public Response history(@PathParam("key") String key, @PathParam("id") String id) {
        Actor actor = actors.current();
        ZoneId zone = timeline.zoneOf(actor);
        List<RevisionView> revisions = timeline.history(actor, key, entryId(key, id)).stream()
                .map(revision -> RevisionView.of(revision, zone)).toList();
        return Response.ok(Json.write(revisions)).build();
    }

    @POST
    @Path("/import")
    public Response importFromIncident(@PathParam("key") String key) {
        Actor actor = actors.current();
        Set<Long> added = timeline.importFromIncident(actor, key).stream().map(TimelineEntry::id)
                .collect(Collectors.toSet());
        // Shown as on the timeline, so possible duplicates with other teams' entries are flagged right away.
        TimelineView view = timeline.view(actor, key);
        List<EntryView> entries = view.timeline().items().stream()
                .filter(item -> added.contains(item.entry().id()))
                .map(item -> EntryView.of(item, view.viewerZone(), view.canChange(item.entry())))
                .toList();
        return Response.ok(Json.write(new ImportResponse(added.size(), entries))).build();
    }

    @POST
    @Path("/teams")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addImpactedTeam(@PathParam("key") String key, String body) {
        JsonBody json = Json.object(body);
        onlyFields(json, Set.of("team"));
        List<String> teams = timeline.addImpactedTeam(actors.current(), key, json.requiredText("team"));
        return Response.ok(Json.write(new TeamsResponse(teams))).build();
    }

    /** Reads the entry fields as text; the core checks them, so an unknown kind is a 400 on "kind". */
    private static EntryDraft draftOf(String body) {
        JsonBody json = Json.object(body);
        onlyFields(json, ENTRY_FIELDS);
        return draftOf(json);
    }

    private static EntryDraft draftOf(JsonBody json) {
        return new EntryDraft(json.optionalText("at").orElse(null), json.optionalText("team").orElse(null),
                json.optionalText("kind").orElse(null), json.optionalText("text").orElse(null),
                json.optionalText("evidence").orElse(null));
    }

    private static void onlyFields(JsonBody json, Set<String> allowed) {
        for (Iterator<String> names = json.raw().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ValidationException(name, "Unknown field.");
            }
        }
    }

    private static long entryId(String key, String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException("No timeline entry " + id + " on " + key + ".");
        }
    }
}
