package io.postmortem.sandbox.rest;

import io.postmortem.plugin.rest.Json;
import io.postmortem.sandbox.host.Outbox;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/** Every mail the product sent, newest first, in place of people's inboxes. */
@Path("/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {
    private final SandboxAccess access;
    private final Outbox outbox;

    public OutboxResource(SandboxAccess access, Outbox outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    public record MailView(long id, List<String> to, String subject, String body, Instant sentAt, List<String> attachments) {
    }

    @GET
    public Response list() {
        access.insider();
        List<MailView> mail = outbox.mail().stream()
                .map(m -> new MailView(m.id(), m.to(), m.subject(), m.body(), m.sentAt(), m.attachments())).toList();
        return Response.ok(Json.write(mail)).build();
    }
}
