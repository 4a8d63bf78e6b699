package io.postmortem.sandbox.rest;

import io.postmortem.plugin.rest.Json;
import io.postmortem.plugin.rest.JsonBody;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.host.SandboxScheduler;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The sandbox's clock: set it to walk through due dates and reminders, or return it to real time. */
@Path("/clock")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {
    private final SandboxAccess access;
    private final SandboxClock clock;
    private final SandboxScheduler scheduler;

    public ClockResource(SandboxAccess access, SandboxClock clock, SandboxScheduler scheduler) {
        this.access = access;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    @GET
    public Response get() {
        access.insider();
        return Response.ok(Json.write(view())).build();
    }

    @PUT
    public Response set(String body) {
        access.administrator();
        JsonBody json = Json.object(body);
        Fields.rejectUnknown(json, Set.of("now"));
        Instant now = json.requiredInstant("now");
        clock.set(now);
        scheduler.runAll();
        return Response.ok(Json.write(view())).build();
    }

    @DELETE
    public Response useRealTime() {
        access.administrator();
        clock.useRealTime();
        scheduler.runAll();
        return Response.ok(Json.write(view())).build();
    }

    private Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("now", clock.instant());
        view.put("fixed", clock.setTo().isPresent());
        return view;
    }
}
