package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.postmortem.core.access.Actors;
import io.postmortem.core.config.ConfigurationService;
import io.postmortem.core.config.ImportSummary;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.plugin.rest.config.AuditEntryView;
import io.postmortem.plugin.rest.config.ConfigurationJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * The administrators' configuration API. Writes accept JSON (or CSV for the directory import) only: browsers
 * cannot send those content types from a plain form, which is how Jira's REST layer guards against XSRF.
 */
@AdminOnly
@WebSudoRequired
@Path("/config")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {
    static final String CSV = "text/csv";

    private final ConfigurationService configuration;
    private final Actors actors;

    @Inject
    public ConfigResource(ConfigurationService configuration, Actors actors) {
        this.configuration = configuration;
        this.actors = actors;
    }

    @GET
    public Response get() {
        return Response.ok(ConfigurationJson.write(configuration.get(caller()))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(String body) {
        String caller = caller();
        ImportSummary summary = configuration.update(caller, ConfigurationJson.read(body));
        return Response.ok(Json.write(summary)).build();
    }

    /** CSV replaces the platform directory only; JSON replaces the whole configuration. All or nothing. */
    @POST
    @Path("/import")
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    public Response importConfiguration(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                        @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                        String body) {
        String caller = caller();
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        ImportSummary summary = switch (type) {
            case CSV -> configuration.importCsv(caller, body, dryRun);
            case MediaType.APPLICATION_JSON -> configuration.importConfiguration(caller, ConfigurationJson.read(body), dryRun);
            default -> throw new ValidationException("body", "Send the directory as text/csv or the whole configuration as application/json.");
        };
        return Response.ok(Json.write(summary)).build();
    }

    @GET
    @Path("/export")
    public Response export() {
        return Response.ok(ConfigurationJson.write(configuration.export(caller())))
                .header("Content-Disposition", "attachment; filename=\"postmortem-configuration.json\"")
                .build();
    }

    @GET
    @Path("/export/directory.csv")
    @Produces(CSV)
    public Response exportDirectory() {
        return Response.ok(configuration.exportCsv(caller()))
                .type(CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"postmortem-directory.csv\"")
                .build();
    }

    @GET
    @Path("/audit")
    public Response audit() {
        return Response.ok(Json.write(configuration.audit(caller()).stream().map(AuditEntryView::of).toList())).build();
    }

    private String caller() {
        return actors.current().username();
    }
}
