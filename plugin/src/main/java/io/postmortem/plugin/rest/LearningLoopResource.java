package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.OpenMeetings;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.quality.QualityReview;
import io.postmortem.core.quality.QualityScores;
import io.postmortem.core.reads.ReadReceipts;
import io.postmortem.core.reads.TeamReads;
import io.postmortem.plugin.rest.learning.UpcomingMeetingView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Learning that lands: the review checklist of a draft as it is typed, read receipts of the impacted teams, and the
 * open list of upcoming postmortem meetings anyone who may see the incident can join.
 */
@LicensedOnly
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class LearningLoopResource {
    private final Actors actors;
    private final PostmortemService postmortems;
    private final QualityReview quality;
    private final ReadReceipts reads;
    private final OpenMeetings meetings;
    private final QualityScores recorded;

    /** Keys per scores request: a library page shows at most this many. */
    static final int MAX_KEYS = 100;

    @Inject
    public LearningLoopResource(Actors actors, PostmortemService postmortems, QualityReview quality, ReadReceipts reads,
                                OpenMeetings meetings, QualityScores recorded) {
        this.actors = actors;
        this.postmortems = postmortems;
        this.quality = quality;
        this.reads = reads;
        this.meetings = meetings;
        this.recorded = recorded;
    }

    /** The saved postmortem's checklist. */
    @GET
    @Path("postmortems/{key}/quality")
    public Response quality(@PathParam("key") String key) {
        Actor actor = actors.current();
        return Response.ok(Json.write(quality.assess(postmortems.get(key, actor)))).build();
    }

    /**
     * The recorded checklist scores of the listed postmortems (comma separated, at most {@link #MAX_KEYS}) the viewer
     * may see, for the library: {"scores": {"PM-1": 88}}. Keys the viewer may not see or that have no score are left
     * out.
     */
    @GET
    @Path("quality/scores")
    public Response scores(@jakarta.ws.rs.QueryParam("keys") String keys) {
        Actor actor = actors.current();
        List<String> wanted = keys == null || keys.isBlank() ? List.of()
                : java.util.Arrays.stream(keys.split(",")).map(String::trim).filter(k -> !k.isEmpty()).distinct().toList();
        if (wanted.size() > MAX_KEYS) {
            throw new io.postmortem.core.shared.ValidationException("keys", "At most " + MAX_KEYS + " keys.");
        }
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (String key : wanted) {
            try {
                postmortems.findByKey(key, actor).flatMap(p -> recorded.of(p.key()))
                        .ifPresent(r -> scores.put(key, r.score()));
            } catch (io.postmortem.core.shared.ForbiddenException | io.postmortem.core.shared.NotFoundException hidden) {
                // a postmortem the viewer may not see has no score for them
            }
        }
        return Response.ok(Json.write(Map.of("scores", scores))).build();
    }

    /**
     * The checklist the postmortem would have with this unsaved content (the body of a save: sections, rootCauses,
     * noActionsReason), for the live checklist while people write. Saves nothing.
     */
    @POST
    @Path("postmortems/{key}/quality/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        Postmortem saved = postmortems.get(key, actor);
        ContentChange change = PostmortemResource.contentChange(Json.object(body));
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.putAll(saved.sections());
        change.sections().forEach((section, text) -> sections.put(section,
                text.length() > Section.MAX_LENGTH ? text.substring(0, Section.MAX_LENGTH) : text));
        Postmortem draft = saved.withContent(sections, change.rootCauses().orElse(saved.rootCauses()),
                change.noActionsReason().orElse(saved.noActionsReason()));
        return Response.ok(Json.write(quality.preview(draft))).build();
    }

    @POST
    @Path("postmortems/{key}/reads")
    public Response markRead(@PathParam("key") String key) {
        Actor actor = actors.current();
        return Response.status(201).entity(Json.write(new ReadsView(key, reads.markRead(key, actor)))).build();
    }

    @GET
    @Path("postmortems/{key}/reads")
    public Response reads(@PathParam("key") String key) {
        Actor actor = actors.current();
        return Response.ok(Json.write(new ReadsView(key, reads.reads(key, actor)))).build();
    }

    @GET
    @Path("meetings/upcoming")
    public Response upcoming() {
        Actor actor = actors.current();
        return Response.ok(Json.write(Map.of("meetings",
                meetings.upcoming(actor).stream().map(UpcomingMeetingView::of).toList()))).build();
    }

    /** Joins the meeting as a guest: 201 and the invitation mailed the first time, 200 after. */
    @POST
    @Path("postmortems/{key}/meeting/guests")
    public Response join(@PathParam("key") String key) {
        Actor actor = actors.current();
        OpenMeetings.Joined joined = meetings.join(key, actor);
        return Response.status(joined.added() ? 201 : 200).entity(Json.write(UpcomingMeetingView.of(joined.meeting())))
                .build();
    }

    /** Per impacted team, who has read the postmortem. */
    public record ReadsView(String postmortemKey, List<TeamReads> teams) {
    }
}
