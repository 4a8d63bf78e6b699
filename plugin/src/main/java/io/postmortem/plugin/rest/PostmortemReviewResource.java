package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.blameless.Acknowledgement;
import io.postmortem.core.blameless.BlamelessDocumentReview;
import io.postmortem.core.blameless.UnresolvedFinding;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/**
 * The blameless review of a whole postmortem (the publish gate): what is still flagged, and acknowledging a
 * passage with a reason.
 */
@LicensedOnly
@Path("/postmortems/{key}/blameless")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemReviewResource {
    private final Actors actors;
    private final BlamelessDocumentReview review;

    @Inject
    public PostmortemReviewResource(Actors actors, BlamelessDocumentReview review) {
        this.actors = actors;
        this.review = review;
    }

    @GET
    public Response get(@PathParam("key") String key) {
        Actor actor = actors.current();
        return Response.ok(Json.write(ReviewView.of(review.review(key, actor)))).build();
    }

    @POST
    @Path("/acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response acknowledge(@PathParam("key") String key, String body) {
        Actor actor = actors.current();
        JsonBody json = Json.object(body);
        BlamelessDocumentReview.Result result = review.acknowledge(key, json.optionalText("rule").orElse(null),
                json.optionalText("quotedText").orElse(null), json.optionalText("reason").orElse(null), actor);
        return Response.status(201).entity(Json.write(ReviewView.of(result))).build();
    }

    /** The review as JSON: unresolved findings by field, and the acknowledgements with their reasons. */
    public record ReviewView(int unresolvedCount, List<FindingView> findings, List<AcknowledgementView> acknowledgements) {
        static ReviewView of(BlamelessDocumentReview.Result result) {
            return new ReviewView(result.unresolved().size(),
                    result.unresolved().stream().map(FindingView::of).toList(),
                    result.acknowledgements().stream().map(AcknowledgementView::of).toList());
        }
    }

    public record FindingView(String field, String quotedText, int start, int end, String rule, String message,
                              String suggestion) {
        static FindingView of(UnresolvedFinding u) {
            return new FindingView(u.field(), u.quotedText(), u.finding().start(), u.finding().end(), u.finding().rule(),
                    u.finding().message(), u.finding().suggestion());
        }
    }

    public record AcknowledgementView(String rule, String quotedText, String reason, String by, Instant at) {
        static AcknowledgementView of(Acknowledgement a) {
            return new AcknowledgementView(a.rule(), a.quotedText(), a.reason(), a.by(), a.at());
        }
    }
}
