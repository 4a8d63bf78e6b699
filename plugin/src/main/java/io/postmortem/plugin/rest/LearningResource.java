package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.learning.ExportFormat;
import io.postmortem.core.learning.LearningIndex;
import io.postmortem.core.learning.LearningMarks;
import io.postmortem.core.learning.LearningMarksService;
import io.postmortem.core.learning.Library;
import io.postmortem.core.learning.LibraryQuery;
import io.postmortem.core.learning.Nomination;
import io.postmortem.core.learning.PostmortemExports;
import io.postmortem.core.learning.PostmortemOfTheMonth;
import io.postmortem.core.learning.RelatedPostmortems;
import io.postmortem.core.learning.Winner;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.plugin.rest.learning.LibraryHitView;
import io.postmortem.plugin.rest.learning.LibraryParameters;
import io.postmortem.plugin.rest.learning.NominationView;
import io.postmortem.plugin.rest.learning.WinnerView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared learnings over REST: the library, "have we seen this before", exports, sharing and tags, and the
 * postmortem of the month. Every list holds only postmortems whose incident the caller may browse.
 */
@LicensedOnly
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class LearningResource {
    private final Actors actors;
    private final Library library;
    private final LearningIndex index;
    private final RelatedPostmortems related;
    private final PostmortemExports exports;
    private final LearningMarksService marks;
    private final PostmortemOfTheMonth awards;
    private final ConfigurationStore configurationStore;

    @Inject
    public LearningResource(Actors actors, Library library, LearningIndex index, RelatedPostmortems related,
                            PostmortemExports exports, LearningMarksService marks, PostmortemOfTheMonth awards,
                            ConfigurationStore configurationStore) {
        this.actors = actors;
        this.library = library;
        this.index = index;
        this.related = related;
        this.exports = exports;
        this.marks = marks;
        this.awards = awards;
        this.configurationStore = configurationStore;
    }

    @GET
    @Path("library")
    public Response search(@QueryParam("q") String q, @QueryParam("platform") String platform,
                           @QueryParam("team") String team, @QueryParam("component") String component,
                           @QueryParam("severity") String severity, @QueryParam("category") String category,
                           @QueryParam("tag") String tag, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("limit") String limit) {
        Actor actor = actors.reader();
        Configuration configuration = configurationStore.load();
        LibraryQuery query = LibraryParameters.query(q, platform, team, component, severity, category, tag, from, to,
                limit, configuration.learning(), configuration.policies().calendar().zone());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", library.search(query, actor).stream().map(LibraryHitView::of).toList());
        body.put("featured", awards.featured(actor).map(this::winnerView).orElse(null));
        body.put("categories", configuration.learning().rootCauseCategories());
        return Response.ok(Json.write(body)).build();
    }

    @GET
    @Path("incidents/{key}/related")
    public Response related(@PathParam("key") String incidentKey) {
        Actor actor = actors.current();
        return Response.ok(Json.write(Map.of("related", related.of(incidentKey, actor)))).build();
    }

    @GET
    @Path("postmortems/{key}/export")
    @Produces(MediaType.WILDCARD)
    public Response export(@PathParam("key") String key, @QueryParam("format") String format) {
        Actor actor = actors.current();
        PostmortemExports.Export export = exports.export(key, ExportFormat.parse(format), actor);
        String disposition = format.trim().equalsIgnoreCase("html") ? "inline" : "attachment";
        return Response.ok(export.content()).type(export.contentType())
                .header("Content-Disposition", disposition + "; filename=\"" + export.fileName() + "\"")
                .build();
    }

    @GET
    @Path("postmortems/{key}/learning")
    public Response learningMarks(@PathParam("key") String key) {
        Actor actor = actors.current();
        LearningMarks current = marks.marks(key, actor);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("postmortemKey", current.postmortemKey());
        body.put("shareWidely", current.shareWidely());
        body.put("tags", current.tags());
        body.put("can", marks.permitted(key, actor));
        return Response.ok(Json.write(body)).build();
    }

    @PUT
    @Path("postmortems/{key}/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sharing(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        JsonBody json = Json.object(body);
        boolean shareWidely = json.optionalBoolean("shareWidely")
                .orElseThrow(() -> new ValidationException("shareWidely", "Required: true or false."));
        LearningMarks saved = marks.shareWidely(key, shareWidely, actor);
        return Response.ok(Json.write(saved)).build();
    }

    @PUT
    @Path("postmortems/{key}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response tags(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        JsonBody json = Json.object(body);
        if (!json.raw().has("tags")) {
            throw new ValidationException("tags", "Required: a list of tags, e.g. [\"database\"].");
        }
        List<String> tags = json.textList("tags");
        return Response.ok(Json.write(marks.tag(key, tags, actor))).build();
    }

    @POST
    @Path("postmortems/{key}/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response nominate(@PathParam("key") String key, String body) {
        Actor actor = actors.reader();
        String reason = Json.object(body).optionalText("reason").orElse(null);
        Nomination nomination = awards.nominate(key, reason, actor);
        return Response.status(201).entity(Json.write(nominationView(nomination))).build();
    }

    @POST
    @Path("nominations/{id}/votes")
    public Response vote(@PathParam("id") String id) {
        Actor actor = actors.reader();
        long nominationId;
        try {
            nominationId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ValidationException("id", "A nomination id is a whole number.");
        }
        return Response.status(201).entity(Json.write(nominationView(awards.vote(nominationId, actor)))).build();
    }

    @GET
    @Path("nominations")
    public Response nominations(@QueryParam("month") String month) {
        Actor actor = actors.reader();
        YearMonth parsed = month == null || month.isBlank() ? awards.currentMonth()
                : LibraryParameters.month("month", month);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("month", parsed.toString());
        body.put("currentMonth", awards.currentMonth().toString());
        body.put("nominations", awards.nominations(parsed, actor).stream().map(this::nominationView).toList());
        return Response.ok(Json.write(body)).build();
    }

    @POST
    @Path("months/{month}/winner")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirmWinner(@PathParam("month") String month, String body) {
        Actor actor = actors.current();
        YearMonth parsed = LibraryParameters.month("month", month);
        String postmortemKey = Json.object(body).requiredText("postmortemKey");
        Winner winner = awards.confirmWinner(parsed, postmortemKey, actor);
        return Response.ok(Json.write(winnerView(winner))).build();
    }

    @GET
    @Path("months/{month}/winner")
    public Response winner(@PathParam("month") String month) {
        Actor actor = actors.reader();
        YearMonth parsed = LibraryParameters.month("month", month);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("month", parsed.toString());
        body.put("winner", awards.winner(parsed, actor).map(this::winnerView).orElse(null));
        return Response.ok(Json.write(body)).build();
    }

    private WinnerView winnerView(Winner winner) {
        return WinnerView.of(winner, index.find(winner.postmortemKey()));
    }

    private NominationView nominationView(Nomination nomination) {
        return NominationView.of(nomination, index.find(nomination.postmortemKey()));
    }
}
