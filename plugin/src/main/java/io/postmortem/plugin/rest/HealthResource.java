package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.postmortem.core.access.Actors;
import io.postmortem.core.health.HealthReport;
import io.postmortem.plugin.rest.health.HealthView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What works on this Jira and what an administrator must fix: the admin page's Health tab reads it. Administrators
 * only: {@link HealthReport#checks} refuses everyone else (403) and {@link Actors#current()} nobody logged in (401),
 * as {@link ConfigResource} does.
 */
@AdminOnly
@WebSudoRequired
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private final HealthReport healthReport;
    private final Actors actors;

    @Inject
    public HealthResource(HealthReport healthReport, Actors actors) {
        this.healthReport = healthReport;
        this.actors = actors;
    }

    @GET
    public Response health() {
        return Response.ok(Json.write(HealthView.of(healthReport.checks(actors.current()))))
                .header("Cache-Control", "no-store")
                .build();
    }
}
