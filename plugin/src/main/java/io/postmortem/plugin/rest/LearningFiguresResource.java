package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.LearningFigures;
import io.postmortem.core.accountability.LearningReport;
import io.postmortem.plugin.rest.accountability.AccountabilityViews;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The learning figures of a platform's dashboard (median checklist score, share meeting the bar, share of impacted
 * engineers who read within 14 days), each with the issue-search link listing the postmortems it counts.
 */
@LicensedOnly
@Path("/accountability/platforms/{slug}/learning")
@Produces(MediaType.APPLICATION_JSON)
public class LearningFiguresResource {
    private final LearningFigures figures;
    private final Actors actors;

    @Inject
    public LearningFiguresResource(LearningFigures figures, Actors actors) {
        this.figures = figures;
        this.actors = actors;
    }

    @GET
    public Response get(@PathParam("slug") String slug, @Context UriInfo uri) {
        Actor actor = actors.current();
        LearningReport report = figures.platform(actor, slug);
        String contextPath = AccountabilityResource.contextPath(uri);
        Map<String, String> links = new LinkedHashMap<>();
        report.jql().forEach((name, jql) -> links.put(name, AccountabilityViews.navigator(contextPath, jql)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platform", report.platform());
        body.put("medianQualityScore", report.medianQualityScore());
        body.put("scoredPostmortems", report.scoredPostmortems());
        body.put("qualityBarShare", report.qualityBarShare());
        body.put("meetingBar", report.meetingBar());
        body.put("bar", report.bar());
        body.put("readWithin14DaysShare", report.readWithin14DaysShare());
        body.put("impactedEngineers", report.impactedEngineers());
        body.put("readWithin14Days", report.readWithin14Days());
        body.put("jql", report.jql());
        body.put("links", links);
        return Response.ok(Json.write(body)).build();
    }
}
