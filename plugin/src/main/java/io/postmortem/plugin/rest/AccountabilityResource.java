package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.AccountabilityService;
import io.postmortem.core.accountability.Figures;
import io.postmortem.core.accountability.LeagueRow;
import io.postmortem.core.accountability.PlatformReport;
import io.postmortem.plugin.rest.accountability.AccountabilityViews;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accountability dashboards: the cross-platform league ({@code GET /accountability}, MIM, SRE and
 * administrators), one platform with its teams, and its monthly trend. {@code ?format=csv} answers the table as CSV.
 */
@LicensedOnly
@Path("/accountability")
@Produces(MediaType.APPLICATION_JSON)
public class AccountabilityResource {
    private static final String CSV = "text/csv; charset=UTF-8";

    private final AccountabilityService accountability;
    private final Actors actors;

    @Inject
    public AccountabilityResource(AccountabilityService accountability, Actors actors) {
        this.accountability = accountability;
        this.actors = actors;
    }

    @GET
    public Response league(@QueryParam("format") String format, @Context UriInfo uri) {
        Actor actor = actors.current();
        String context = contextPath(uri);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LeagueRow row : accountability.league(actor)) {
            rows.add(AccountabilityViews.leagueRow(row, context));
        }
        if ("csv".equalsIgnoreCase(format)) {
            return csv("accountability-platforms.csv", columns("platform", "name", "lead"), rows);
        }
        return Response.ok(Json.write(rows)).build();
    }

    @GET
    @Path("/platforms/{slug}")
    public Response platform(@PathParam("slug") String slug, @QueryParam("format") String format, @Context UriInfo uri) {
        PlatformReport report = accountability.platform(actors.current(), slug);
        Map<String, Object> view = AccountabilityViews.platform(report, contextPath(uri));
        if ("csv".equalsIgnoreCase(format)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> teams = (List<Map<String, Object>>) view.get("teams");
            return csv("accountability-" + report.platform().slug() + "-teams.csv", columns("team", "name"), teams);
        }
        return Response.ok(Json.write(view)).build();
    }

    @GET
    @Path("/platforms/{slug}/trend")
    public Response trend(@PathParam("slug") String slug, @DefaultValue("12") @QueryParam("months") int months,
                          @QueryParam("format") String format) {
        List<Map<String, Object>> points = AccountabilityViews.trend(accountability.trend(actors.current(), slug, months));
        if ("csv".equalsIgnoreCase(format)) {
            return csv("accountability-" + slug.replaceAll("[^A-Za-z0-9_-]", "") + "-trend.csv",
                    List.of("month", "openActions", "closedActions", "overduePostmortems"), points);
        }
        return Response.ok(Json.write(Map.of("platform", slug, "months", points))).build();
    }

    private static List<String> columns(String... leading) {
        List<String> columns = new ArrayList<>(List.of(leading));
        columns.addAll(Figures.NAMES);
        return columns;
    }

    private static Response csv(String filename, List<String> columns, List<Map<String, Object>> rows) {
        return Response.ok(AccountabilityViews.csv(columns, rows), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /** Jira's context path: the REST base URI is {@code <context>/rest/<plugin path>/<version>/}. */
    static String contextPath(UriInfo uri) {
        String base = uri.getBaseUri().getPath();
        int rest = base.indexOf("/rest/");
        return rest < 0 ? "" : base.substring(0, rest);
    }
}
