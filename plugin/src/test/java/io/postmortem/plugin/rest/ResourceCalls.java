package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/** Calling a resource's method as Jersey would, without a server: an exception becomes the API mapper's answer. */
final class ResourceCalls {
    private ResourceCalls() {
    }

    static Response call(Supplier<Response> request) {
        try {
            return request.get();
        } catch (RuntimeException failure) {
            return new ApiExceptionMapper().toResponse(failure);
        }
    }

    /** The answer's JSON body; fails the test when it is none. */
    static JsonNode json(Response response) {
        try {
            return Json.mapper().readTree((String) response.getEntity());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getEntity(), e);
        }
    }
}
