package io.postmortem.plugin.rest;

import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.core.shared.NotAuthenticatedException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one place where failures become HTTP answers for the whole API. Bodies are JSON and never carry a stack
 * trace; an unexpected failure is logged with a reference the body repeats.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        // Every message passes JavaTypeNames.scrub: whatever produced it, no body names a Java type.
        if (failure instanceof ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((field, message) -> errors.put(JavaTypeNames.scrub(field), JavaTypeNames.scrub(message)));
            return json(400, Map.of("errors", errors));
        }
        if (failure instanceof NotAuthenticatedException e) {
            return json(401, Map.of("message", message(e)));
        }
        if (failure instanceof ForbiddenException e) {
            return json(403, Map.of("message", message(e)));
        }
        if (failure instanceof NotFoundException e) {
            return json(404, Map.of("message", message(e)));
        }
        if (failure instanceof ConflictException e) {
            return json(409, Map.of("message", message(e),
                    "missing", e.reasons().stream().map(JavaTypeNames::scrub).toList()));
        }
        if (failure instanceof HostRefusedException e) {
            return e.forbidden()
                    ? json(403, Map.of("message", message(e)))
                    : json(400, Map.of("errors", Map.of(e.field(), message(e))));
        }
        if (failure instanceof WebApplicationException e) {
            // Jersey's own refusals (no such path, wrong method, unsupported body type): keep their headers,
            // e.g. the Allow of a 405, and answer in JSON like the rest of the API.
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            return Response.fromResponse(e.getResponse())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.write(Map.of("message", known == null ? "Request refused." : known.getReasonPhrase())))
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        log.error("Postmortem for Jira failed to answer a request (reference {})", reference, failure);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Something went wrong on our side. The server log has the details.");
        body.put("reference", reference);
        return json(500, body);
    }

    private static String message(Throwable failure) {
        String message = JavaTypeNames.scrub(failure.getMessage());
        return message == null || message.isBlank() ? "Request refused." : message;
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.write(body)).build();
    }
}
