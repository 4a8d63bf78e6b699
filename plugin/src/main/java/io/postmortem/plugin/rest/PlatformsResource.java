package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.postmortem.core.access.Actors;
import io.postmortem.core.config.ConfigurationService;
import io.postmortem.plugin.rest.config.PlatformView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The platform directory for anybody logged in: pickers and dashboards group teams by platform. */
@LicensedOnly
@Path("/platforms")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformsResource {
    private final ConfigurationService configuration;
    private final Actors actors;

    @Inject
    public PlatformsResource(ConfigurationService configuration, Actors actors) {
        this.configuration = configuration;
        this.actors = actors;
    }

    @GET
    public Response platforms() {
        String caller = actors.reader().username();
        return Response.ok(Json.write(PlatformView.of(configuration.platforms(caller)))).build();
    }
}
